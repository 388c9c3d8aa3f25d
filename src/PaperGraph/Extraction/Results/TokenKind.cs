namespace PaperGraph.Extraction.Results;

internal enum TokenKind : byte
{
    Word,
    Punct,
    /// <summary>An entity mention from the extractor; Ref indexes the sentence's mentions.</summary>
    Mention,
    /// <summary>A quantity the grammar accepted; Ref indexes the sentence's quantities.</summary>
    Quantity,
}
