namespace PaperGraph.Pipeline;

/// <summary>
/// One line of the build manifest: a node ('N', key = id), relationship ('E', key = source, kind digit and
/// target joined by tabs, so that ordinal order of keys is the graph's edge order) or community ('C', key =
/// the id in ten digits); the hash of its content; for a node, its community path ("3,17", "" for none).
/// </summary>
internal readonly record struct ManifestLine(char Section, string Key, UInt128 Hash, string Path)
{
    public const char Node = 'N';
    public const char Edge = 'E';
    public const char Community = 'C';

    /// <summary>Sections come in this order in a manifest, each sorted by key.</summary>
    public static int SectionOrder(char section) => section switch
    {
        Node => 0,
        Edge => 1,
        _ => 2,
    };

    public static int Compare(ManifestLine a, ManifestLine b)
    {
        var c = SectionOrder(a.Section).CompareTo(SectionOrder(b.Section));
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }

    public static string CommunityKey(int id) => id.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out ManifestLine line)
    {
        line = default;
        var pathTab = text.LastIndexOf('\t');
        if (text.Length < 3 || text[1] != '\t' || pathTab < 2) return false;
        var hashTab = text.LastIndexOf('\t', pathTab - 1);
        if (hashTab < 2 || pathTab - hashTab - 1 != 32) return false;
        if (!UInt128.TryParse(text.AsSpan(hashTab + 1, 32), System.Globalization.NumberStyles.HexNumber, null, out var hash)) return false;
        line = new ManifestLine(text[0], text[2..hashTab], hash, text[(pathTab + 1)..]);
        return text[0] is Node or Edge or Community;
    }
}
