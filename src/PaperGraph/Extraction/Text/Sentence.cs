namespace PaperGraph.Extraction.Text;

/// <summary>A sentence as a character range [Start, End) and a token range [FirstToken, EndToken).</summary>
internal readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken);
