namespace PaperGraph.Extraction.Text;

/// <summary>A token as offsets into its field's text; no string is made for it.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenShape Shape)
{
    public int Length => End - Start;

    public bool Is(TokenShape shape) => (Shape & shape) == shape;

    public bool IsWord => Kind == TokenKind.Word;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
