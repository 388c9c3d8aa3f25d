using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// Adds an accepted acronym definition to the candidates: the long form, the short form, every
/// other use of the short form in either field (also plural or with a modifier: "CoT-based") and
/// every repeat of the long form in any case, all under one key, and the link between the two forms.
/// </summary>
internal static class DefinitionMentions
{
    public static void Add(AnalyzedPaper paper, AcronymDefinition d, CandidateSet candidates, ExtractionCues cues)
    {
        candidates.Add(Make(d, d.Long) with { LongForm = true });
        candidates.Add(Make(d, d.Short));
        candidates.Link(new AcronymLink(d.LongText, d.ShortText));
        foreach (var span in ShortFormUses(paper, d.ShortText, cues)) if (span != d.Short) candidates.Add(Make(d, span));
        AddLongFormRepeats(paper, d, candidates);
    }

    /// <summary>Is the span a use of the short form: the form itself, its singular or its plural?</summary>
    public static bool IsUse(ReadOnlySpan<char> surface, string shortText)
    {
        var singular = Singular(shortText);
        return surface.SequenceEqual(shortText) || surface.SequenceEqual(singular)
            || (surface.Length == singular.Length + 1 && surface[^1] == 's' && surface.StartsWith(singular));
    }

    private static ReadOnlySpan<char> Singular(string shortText)
    {
        var sf = shortText.AsSpan();
        return sf.Length > 2 && sf[^1] == 's' && char.IsUpper(sf[^2]) ? sf[..^1] : sf;
    }

    private static List<TextSpan> ShortFormUses(AnalyzedPaper paper, string shortText, ExtractionCues cues)
    {
        var uses = new List<TextSpan>();
        foreach (var field in paper.Fields)
        {
            foreach (var t in field.Tokens)
            {
                if (!t.IsWord) continue;
                var chars = field.Chars(t);
                chars = chars[..NameShape.WithoutModifier(chars, cues)];
                if (IsUse(chars, shortText)) uses.Add(field.SpanOf(t.Start, t.Start + chars.Length));
            }
        }
        return uses;
    }

    // The long form written again, in any case: "Cyclical Curriculum Learning" in the title of a paper
    // that defines "cyclical curriculum learning (CCL)".
    private static void AddLongFormRepeats(AnalyzedPaper paper, AcronymDefinition d, CandidateSet candidates)
    {
        foreach (var field in paper.Fields)
        {
            var text = field.Text;
            var at = IgnoreCaseSearch.IndexOf(text, d.LongText, 0, field.Length);
            while (at >= 0)
            {
                var end = at + d.LongText.Length;
                var span = field.SpanOf(at, end);
                if (span != d.Long && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    candidates.Add(Make(d, span) with { LongForm = true });
                }
                at = IgnoreCaseSearch.IndexOf(text, d.LongText, end, Math.Max(0, field.Length - end));
            }
        }
    }

    private static Candidate Make(AcronymDefinition d, TextSpan span) =>
        new(span, d.Type, MentionOrigin.Acronym, CandidateEvidence.Definition) { KeyName = d.KeyName, DefaultType = d.DefaultType };
}
