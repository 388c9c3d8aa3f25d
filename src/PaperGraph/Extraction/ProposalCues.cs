using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction;

/// <summary>
/// Whether a sentence is where the paper introduces something: a proposal verb together with the
/// authors as subject ("we propose", "this paper presents", "our work introduces").
/// </summary>
internal static class ProposalCues
{
    public static bool IsProposalSentence(AnalyzedField field, Sentence sentence)
    {
        var index = field.SentenceOfToken(sentence.FirstToken);
        return index >= 0 && field.ProposalSentences[index];
    }

    /// <summary>
    /// Is the token in the object of a proposal verb ("we propose a simpler strategy, X"): a proposal
    /// verb comes before it in the sentence with no blocking word ("for", "with", ...) in between.
    /// </summary>
    public static bool IsInProposalObject(AnalyzedField field, Sentence sentence, int token)
    {
        for (var i = token - 1; i >= sentence.FirstToken; i--)
        {
            var t = field.Tokens[i];
            if (!t.IsWord || t.Length > 12 || !t.Is(TokenShape.AllLower)) continue;
            if (field.Has(i, NameCueKind.ProposeVerb)) return IsProposalSentence(field, sentence);
            if (field.Has(i, NameCueKind.Blocker)) return false;
        }
        return false;
    }
}
