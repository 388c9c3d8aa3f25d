namespace PaperGraph.Extraction.Text;

/// <summary>Letter-case and character facts about a token, computed once so recognisers never rescan it.</summary>
[Flags]
internal enum TokenShape : ushort
{
    None = 0,
    /// <summary>Starts with an uppercase letter.</summary>
    Capitalized = 1,
    /// <summary>At least two letters and every letter uppercase: "DETR", "GPT-4", "FSD50K".</summary>
    AllUpper = 2,
    /// <summary>An uppercase letter follows a lowercase one ("ScaLearn", "AdaGrad", "mIoU"), or a word part follows an acronym ("SSRFlow").</summary>
    InnerUpper = 4,
    /// <summary>Every letter lowercase (digits and joiners allowed).</summary>
    AllLower = 8,
    HasDigit = 16,
    HasLetter = 32,
    /// <summary>Contains a hyphen joining two parts.</summary>
    Hyphenated = 64,
    /// <summary>Contains a joiner other than a hyphen: '/', '@', '+', '.', '_'.</summary>
    OtherJoiner = 128,
}
