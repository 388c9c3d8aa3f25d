namespace PaperGraph.Extraction.Text;

/// <summary>What a token is made of; recognisers only look for names in words.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits and joiners: "GPT-4o", "ViT-L/16", "state-of-the-art", "mR@50".</summary>
    Word,
    /// <summary>Digits with decimal points or thousands commas only: "8.81", "96,962".</summary>
    Number,
    /// <summary>A dotted abbreviation kept whole so it never ends a sentence: "e.g.", "i.e.", "al.", "Fig.".</summary>
    Abbreviation,
    /// <summary>A web address, kept whole so its dots never end a sentence.</summary>
    Url,
    /// <summary>Any other single character: punctuation, brackets, symbols.</summary>
    Punctuation,
}
