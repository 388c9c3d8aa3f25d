namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// The lexicon's forms compiled once into a character trie over lower-cased letters, with
/// separators removed and remembered per node (a space or hyphen in the text may be skipped only
/// where some form had one). Matching walks the text from a token start without allocating;
/// case-sensitive forms are checked against their exact characters when a node completes them.
/// Children are flattened into sorted arrays after building; a node with many children (the root, the
/// first letters of forms) also gets a direct table for ASCII, as binary search there was the matcher's hot spot.
/// </summary>
internal sealed class LexiconTrie
{
    private const int MaxSeparatorRun = 3;

    /// <summary>Nodes with at least this many children get a direct ASCII table.</summary>
    private const int DenseChildren = 6;

    private readonly int[] childStart;
    private readonly char[] childChars;
    private readonly int[] childNodes;
    private readonly bool[] separatorAllowed;
    private readonly int[] formStart;
    private readonly int[] formIds;
    private readonly LexiconForm[] forms;
    private readonly int[] denseStart;
    private readonly int[] dense;

    private LexiconTrie(int[] childStart, char[] childChars, int[] childNodes, bool[] separatorAllowed,
        int[] formStart, int[] formIds, LexiconForm[] forms, int[] denseStart, int[] dense)
    {
        this.childStart = childStart;
        this.childChars = childChars;
        this.childNodes = childNodes;
        this.separatorAllowed = separatorAllowed;
        this.formStart = formStart;
        this.formIds = formIds;
        this.forms = forms;
        this.denseStart = denseStart;
        this.dense = dense;
    }

    /// <param name="written">Each form as written (separators kept), its entry index and whether it is case-sensitive.</param>
    public static LexiconTrie Build(IEnumerable<(string Written, int Entry, bool CaseSensitive)> written)
    {
        var children = new List<Dictionary<char, int>> { new() };
        var separators = new List<bool> { false };
        var terminals = new List<List<int>?> { null };
        var forms = new List<LexiconForm>();
        var seen = new HashSet<(string, int, bool)>();
        var separatorAfter = new List<int>();
        foreach (var (text, entry, caseSensitive) in written)
        {
            separatorAfter.Clear();
            var key = LexiconFormRules.KeyOf(text, separatorAfter);
            if (key.Length == 0) continue;
            var node = 0;
            for (var i = 0; i < key.Length; i++)
            {
                if (separatorAfter.Contains(i)) separators[node] = true;
                var c = char.ToLowerInvariant(key[i]);
                if (!children[node].TryGetValue(c, out var child))
                {
                    child = children.Count;
                    children[node][c] = child;
                    children.Add(new Dictionary<char, int>());
                    separators.Add(false);
                    terminals.Add(null);
                }
                node = child;
            }
            // A spelling that differs only in separators still adds where a separator may be skipped.
            if (!seen.Add((key, entry, caseSensitive))) continue;
            (terminals[node] ??= []).Add(forms.Count);
            forms.Add(new LexiconForm(entry, key, caseSensitive));
        }
        return Freeze(children, separators, terminals, forms);
    }

    private static LexiconTrie Freeze(List<Dictionary<char, int>> children, List<bool> separators,
        List<List<int>?> terminals, List<LexiconForm> forms)
    {
        var n = children.Count;
        var childStart = new int[n + 1];
        var total = children.Sum(c => c.Count);
        var childChars = new char[total];
        var childNodes = new int[total];
        var formStart = new int[n + 1];
        var formIds = new List<int>(forms.Count);
        var at = 0;
        for (var node = 0; node < n; node++)
        {
            childStart[node] = at;
            foreach (var (c, child) in children[node].OrderBy(p => p.Key))
            {
                childChars[at] = c;
                childNodes[at] = child;
                at++;
            }
            formStart[node] = formIds.Count;
            if (terminals[node] is { } ids) formIds.AddRange(ids);
        }
        childStart[n] = at;
        formStart[n] = formIds.Count;
        var denseStart = new int[n];
        var dense = new List<int>();
        for (var node = 0; node < n; node++)
        {
            denseStart[node] = -1;
            if (node != 0 && children[node].Count < DenseChildren) continue;
            denseStart[node] = dense.Count;
            dense.AddRange(Enumerable.Repeat(-1, 128));
            foreach (var (c, child) in children[node]) if (c < 128) dense[denseStart[node] + c] = child;
        }
        return new LexiconTrie(childStart, childChars, childNodes, separators.ToArray(), formStart,
            formIds.ToArray(), forms.ToArray(), denseStart, dense.ToArray());
    }

    /// <summary>
    /// The longest form that matches text from <paramref name="start"/> and ends where
    /// <see cref="LexiconFormRules.IsValidEnd"/> allows (hyphen endings only with <paramref name="cues"/>); false when none does.
    /// </summary>
    public bool TryMatchLongest(ReadOnlySpan<char> text, int start, ExtractionCues? cues, out LexiconMatch match)
    {
        match = default;
        var node = 0;
        var pos = start;
        var found = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (LexiconFormRules.IsSeparator(c) || char.IsWhiteSpace(c))
            {
                if (pos == start || !separatorAllowed[node]) break;
                var run = pos;
                while (run < text.Length && run - pos < MaxSeparatorRun && (LexiconFormRules.IsSeparator(text[run]) || char.IsWhiteSpace(text[run]))) run++;
                if (run >= text.Length || !char.IsLetterOrDigit(text[run])) break;
                pos = run;
                continue;
            }
            node = Child(node, c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c));
            if (node < 0) break;
            pos++;
            if (formStart[node] == formStart[node + 1] || !LexiconFormRules.IsValidEnd(text, pos, cues)) continue;
            for (var f = formStart[node]; f < formStart[node + 1]; f++)
            {
                var form = forms[formIds[f]];
                if (form.CaseSensitive && !SameCharacters(text, start, pos, form.Key)) continue;
                match = new LexiconMatch(start, pos, form.Entry, node);
                found = true;
                break;
            }
        }
        return found;
    }

    /// <summary>The entry whose form is exactly <paramref name="surface"/> (modulo the matching rules).</summary>
    public bool TryMatchExact(ReadOnlySpan<char> surface, out int entry)
    {
        entry = -1;
        if (!TryMatchLongest(surface, 0, null, out var match) || match.End != surface.Length) return false;
        entry = match.Entry;
        return true;
    }

    private int Child(int node, char c)
    {
        var table = denseStart[node];
        return table >= 0 && c < 128 ? dense[table + c] : Search(node, c);
    }

    private int Search(int node, char c)
    {
        int lo = childStart[node], hi = childStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = childChars[mid];
            if (m == c) return childNodes[mid];
            if (m < c) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    private static bool SameCharacters(ReadOnlySpan<char> text, int start, int end, string key)
    {
        var k = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (LexiconFormRules.IsSeparator(c) || char.IsWhiteSpace(c)) continue;
            if (k >= key.Length || key[k] != c) return false;
            k++;
        }
        return k == key.Length;
    }

    /// <summary>
    /// Writes into <paramref name="entries"/> every entry whose form matches the same text as
    /// <paramref name="match"/> (an ambiguous form such as "MAE"); returns how many.
    /// </summary>
    public int EntriesAt(ReadOnlySpan<char> text, LexiconMatch match, Span<int> entries)
    {
        var count = 0;
        for (var f = formStart[match.Node]; f < formStart[match.Node + 1] && count < entries.Length; f++)
        {
            var form = forms[formIds[f]];
            if (form.CaseSensitive && !SameCharacters(text, match.Start, match.End, form.Key)) continue;
            if (entries[..count].Contains(form.Entry)) continue;
            entries[count++] = form.Entry;
        }
        return count;
    }
}
