namespace PaperGraph.Extraction.Results;

/// <summary>A word, punctuation mark, mention or quantity of a sentence, as offsets into the field text.</summary>
internal readonly record struct SentenceToken(TokenKind Kind, int Start, int End, int Ref);
