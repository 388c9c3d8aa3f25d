using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// Names listed after "such as", "including", "e.g.", "like"; in brackets or after a colon following
/// a plural head noun ("backbones (CNNs, Transformers, and Mambas)", "two reasoning tasks: CountDown and
/// Sudoku"); and datasets in brackets after a task ("image classification (ImageNet)"). Unknown items
/// take the type most known items in the list share, else the head noun's type ("benchmarks", "tasks"),
/// else method. After a task or method head, lower-case phrases are items too ("tasks (instruction
/// tuning, multi-view stereo)").
/// </summary>
internal sealed class ListPatternRecognizer(ExtractionCues cues) : IMentionRecognizer
{
    public void Recognize(AnalyzedPaper paper, CandidateSet candidates)
    {
        var items = new List<ListItem>();
        foreach (var field in paper.Fields)
        {
            foreach (var sentence in field.Sentences)
            {
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    if (!TryIntroducer(field, sentence, i, candidates, out var after, out var head, out var afterTask, out var enumerated)) continue;
                    items.Clear();
                    var lower = head is EntityType.Task or EntityType.Method && field.Field == TextField.Abstract;
                    ListItemReader.Read(field, sentence, after, candidates, cues, lower, items);
                    // "we develop two pretraining tasks, A and B": an enumeration in a proposal introduces its items.
                    var proposed = enumerated && ProposalCues.IsProposalSentence(field, sentence);
                    // "methods such as semantic hashing" vouches for its plain items; "systems (hippocampus ...)" does not.
                    var vouched = head is not null && field.Tokens[i].Kind != TokenKind.Punctuation;
                    if (items.Count > 0) AddUnknown(items, head, afterTask, proposed, vouched, candidates);
                    i = Math.Max(i, after - 1);
                }
            }
        }
    }

    // The token after "such as" / "including" / "e.g.," / "like" / "heads (" / "heads:" / "task (", and the head's type if any.
    private bool TryIntroducer(AnalyzedField field, Sentence sentence, int i, CandidateSet candidates, out int after, out EntityType? head,
        out bool afterTask, out bool enumerated)
    {
        after = -1;
        head = null;
        afterTask = false;
        enumerated = false;
        var t = field.Tokens[i];
        if (t.Kind == TokenKind.Punctuation)
        {
            var c = field.Text[t.Start];
            if (c is not ('(' or ':' or ',' or '-' or '\u2014' or '\u2013') || i == sentence.FirstToken) return false;
            var h = i - 1;
            while (h > sentence.FirstToken && PatternHelpers.IsPunctuation(field, h, '-')) h--;
            // "two approaches: A and B", "two correction methods -- A and B": a counted plural head.
            enumerated = CountedHead(field, sentence, h);
            if (c is not ('(' or ':') && !enumerated) return false;
            var before = field.Tokens[h];
            if (c == '(' && EndsTask(candidates, field.SpanOf(before.Start, before.End)))
            {
                head = EntityType.Dataset;
                afterTask = true;
                after = i + 1;
                return true;
            }
            if (!before.IsWord || field.Text[before.End - 1] != 's' || !field.TryHead(h, out var type)) return false;
            head = type;
            after = i + 1;
            return true;
        }
        if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || t.Length > 9) return false;
        if (field.TokenEqualsIgnoreCase(i, "such") && field.TokenEquals(i + 1, "as")) after = i + 2;
        else if (field.Has(i, NameCueKind.ListIntroducer) && !field.TokenEqualsIgnoreCase(i, "namely")) after = i + 1;
        else return false;
        if (PatternHelpers.IsPunctuation(field, after, ',') || PatternHelpers.IsPunctuation(field, after, ':')) after++;
        if (TryHeadBefore(field, sentence, i, out var headType)) head = headType;
        // "viruses such as SARS", "languages like Python": a head that names no kind of entity lists no entities.
        else if (ForeignHead(field, sentence, i)) return false;
        return true;
    }

    private bool ForeignHead(AnalyzedField field, Sentence sentence, int introducer)
    {
        var k = introducer - 1;
        while (k >= sentence.FirstToken && field.Tokens[k].Kind == TokenKind.Punctuation && field.Text[field.Tokens[k].Start] is '(' or ',') k--;
        if (k < sentence.FirstToken || !field.Tokens[k].IsWord || !field.Tokens[k].Is(TokenShape.AllLower) || field.Tokens[k].Length < 4) return false;
        if ((field.Tags[k].Cues & KnownKinds) != 0) return false;
        // "approaches", "techniques": the singular may be a cue.
        var word = field.Chars(field.Tokens[k]);
        if (word[^1] != 's') return true;
        var singular = word[..^1];
        var plain = word.EndsWith("es") ? word[..^2] : singular;
        return !cues.Is(NameCueKind.DescriptionHead, singular) && !cues.Is(NameCueKind.DescriptionHead, plain)
            && !cues.Is(NameCueKind.NameHead, singular) && !cues.Is(NameCueKind.NameHead, plain);
    }

    private const uint KnownKinds = 1u << (int)NameCueKind.NameHead | 1u << (int)NameCueKind.DescriptionHead | 1u << (int)NameCueKind.Blocker
        | 1u << (int)NameCueKind.Determiner | 1u << (int)NameCueKind.GenericModifier | 1u << (int)NameCueKind.EvaluationVerb
        | 1u << (int)NameCueKind.ProposeVerb | 1u << (int)NameCueKind.Verb;

    private static bool EndsTask(CandidateSet candidates, TextSpan token)
    {
        foreach (var c in candidates.Items)
        {
            if (c.Type == EntityType.Task && !c.DefaultType && c.Span.Field == token.Field && c.Span.End == token.End) return true;
        }
        return false;
    }

    private static void AddUnknown(List<ListItem> items, EntityType? head, bool afterTask, bool proposed, bool vouched, CandidateSet candidates)
    {
        // Brackets after a task hold its datasets; elsewhere the known items outvote the head noun
        // ("tasks (including SQuAD, QNLI, and TREC)" lists datasets).
        if (!afterTask && TryMajority(items, out var majority)) head = majority;
        if (proposed && head is EntityType.Task or EntityType.Metric) head = EntityType.Method;
        // "ridge regression, lasso, elastic net": plain lower-case items count beside a known name only
        // ("complementary learning systems (hippocampus and the neocortex)" names none), under a task
        // head ("biological tasks such as de novo peptide sequencing") or, for phrases of two words or
        // more, after "such as" and a typed head ("methods such as semantic hashing").
        var anyKnown = head == EntityType.Task || items.Exists(i => i.Known);
        foreach (var item in items)
        {
            if (item.KnownType is not null || item.PlainWords > 0 && !anyKnown && !(vouched && item.PlainWords > 1)) continue;
            candidates.Add(new Candidate(item.Span, head ?? EntityType.Method, MentionOrigin.Pattern, CandidateEvidence.Context)
            {
                DefaultType = head is null,
                Proposed = proposed,
            });
        }
    }

    // A plural head with a number word a few words before it: "two modality-agnostic pretraining tasks".
    private static bool CountedHead(AnalyzedField field, Sentence sentence, int head)
    {
        if (head <= sentence.FirstToken || !field.Tokens[head].IsWord || field.Text[field.Tokens[head].End - 1] != 's' || !field.TryHead(head, out _)) return false;
        for (var k = head - 1; k >= sentence.FirstToken && k >= head - 4; k--)
        {
            if (field.Has(k, NameCueKind.Number)) return true;
            if (!field.Tokens[k].IsWord) return false;
        }
        return false;
    }

    // "benchmarks such as", "models (e.g.,": the word before the cue, past a bracket or comma.
    private bool TryHeadBefore(AnalyzedField field, Sentence sentence, int introducer, out EntityType type)
    {
        type = default;
        var k = introducer - 1;
        while (k >= sentence.FirstToken && field.Tokens[k].Kind == TokenKind.Punctuation && field.Text[field.Tokens[k].Start] is '(' or ',') k--;
        return k >= sentence.FirstToken && field.TryHead(k, out type);
    }

    private static bool TryMajority(List<ListItem> items, out EntityType type)
    {
        type = default;
        Span<int> counts = stackalloc int[EntityTypes.All.Count];
        var any = false;
        foreach (var item in items)
        {
            if (item.KnownType is not { } known) continue;
            counts[(int)(known == EntityType.Benchmark ? EntityType.Dataset : known)]++;
            any = true;
        }
        if (!any) return false;
        var best = 0;
        for (var i = 1; i < counts.Length; i++) if (counts[i] > counts[best]) best = i;
        type = (EntityType)best;
        return true;
    }
}
