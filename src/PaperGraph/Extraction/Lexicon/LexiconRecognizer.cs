using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// Finds lexicon names: from every word or number token, the longest form the trie accepts;
/// scanning resumes after the match, so matches never overlap each other. The candidate's key name
/// is the lexicon's canonical name, so all papers that mention an entity meet on one key. A form two
/// entries share ("MAE": mean absolute error, masked autoencoder) is resolved by its context; a
/// parameter count after a model name makes its own model ("Llama 3.1 8B"); a generic head written
/// after a name is left out ("the Adam optimizer" names Adam).
/// </summary>
internal sealed class LexiconRecognizer(LexiconIndex index, ExtractionCues cues) : IMentionRecognizer
{
    private const int MaxAmbiguity = 4;

    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        Span<int> entries = stackalloc int[MaxAmbiguity];
        foreach (var field in paper.Fields)
        {
            var tokens = field.Tokens;
            var text = field.Text.AsSpan();
            var i = 0;
            while (i < tokens.Length)
            {
                var t = tokens[i];
                if (t.Kind is not (TokenKind.Word or TokenKind.Number) || !index.Trie.TryMatchLongest(text, t.Start, cues, out var match))
                {
                    i++;
                    continue;
                }
                var count = index.Trie.EntriesAt(text, match, entries);
                var entry = index.Entries[count > 1 ? Choose(field, match, entries[..count]) : match.Entry];
                var end = WithoutGenericHead(field, match, entry);
                var sized = entry.Type == EntityType.Method ? SizeAfter(field, end) : -1;
                if (sized > 0) end = sized;
                candidates.Add(new Candidate(field.SpanOf(match.Start, end), entry.Type, MentionOrigin.Lexicon, CandidateEvidence.Lexicon)
                {
                    // "Llama 3.1 8B" is its own model, as "FastSpeech 2" is not FastSpeech.
                    KeyName = sized > 0 ? null : entry.Name,
                });
                while (i < tokens.Length && tokens[i].Start < Math.Max(end, match.End)) i++;
            }
        }
    }

    // Among entries sharing a form: the type a following head noun names ("MAE pre-training"), a metric
    // next to a number ("an MAE of 0.31", "0.31 MAE"), else the first listed.
    private int Choose(AnalyzedField field, LexiconMatch match, ReadOnlySpan<int> entries)
    {
        var next = field.TokenAtOrAfter(match.End);
        EntityType? wanted = null;
        if (field.TryHead(next, out var head)) wanted = head;
        else if (NearNumber(field, match, next)) wanted = EntityType.Metric;
        if (wanted is { } type)
        {
            foreach (var e in entries) if (index.Entries[e].Type == type) return e;
        }
        return entries[0];
    }

    private static bool NearNumber(AnalyzedField field, LexiconMatch match, int next)
    {
        var tokens = field.Tokens;
        for (var k = next; k < tokens.Length && k < next + 2; k++) if (tokens[k].Kind == TokenKind.Number) return true;
        var before = field.TokenAtOrAfter(match.Start) - 1;
        return before >= 0 && (tokens[before].Kind == TokenKind.Number || field.Text[tokens[before].Start] == '%');
    }

    // "Adam optimizer" when the lexicon lists it as an alias of Adam: the mention is "Adam".
    private int WithoutGenericHead(AnalyzedField field, LexiconMatch match, LexiconEntry entry)
    {
        var text = field.Text.AsSpan(match.Start, match.End - match.Start);
        var space = text.LastIndexOf(' ');
        if (space <= 0 || !index.IsGeneric(text[(space + 1)..])) return match.End;
        return index.TryLookup(text[..space], out var shorter) && ReferenceEquals(shorter, entry) ? match.Start + space : match.End;
    }

    // The end of a parameter count written after a model name ("Llama 3.1 8B", "Mistral 7B"), or -1.
    private static int SizeAfter(AnalyzedField field, int end)
    {
        var next = field.TokenAtOrAfter(end);
        if (next >= field.Tokens.Length || field.Tokens[next].Start != end + 1 || field.Text[end] != ' ') return -1;
        var t = field.Tokens[next];
        var chars = field.Chars(t);
        if (t.Kind != TokenKind.Word || chars.Length > 6 || !char.IsDigit(chars[0]) || chars[^1] is not ('B' or 'M')) return -1;
        return chars[..^1].IndexOfAnyExcept("0123456789.") < 0 ? t.End : -1;
    }
}
