namespace PaperGraph.Survey;

/// <summary>
/// The outline as Markdown: numbered sections ("## 2. Object detection"), a bullet per statement with its
/// citations ("[3], [7]"), a results table, "Other topics", and the numbered reference list. Every piece of
/// text from a paper is escaped (<see cref="MarkdownText"/>); lines end with "\n".
/// </summary>
public sealed class MarkdownSurveyRenderer : ISurveyRenderer
{
    public void Render(SurveyOutline outline, TextWriter writer)
    {
        var w = new Lines(writer);
        w.Line($"# {E(outline.Title)}");
        w.Blank();
        w.Line($"**Scope:** {E(SurveyText.Scope(outline.Scope))}.");
        w.Blank();
        if (outline.Scope.Tasks.Count > 0)
        {
            w.Line("**Tasks covered:**");
            w.Blank();
            foreach (var t in outline.Scope.Tasks) w.Line($"- {Stated(t, SurveyText.Capitalised(t.Entity.Name))}");
            w.Blank();
        }
        for (var i = 0; i < outline.Sections.Count; i++) Section(w, outline.Sections[i], SurveyText.Number(i + 1), 2);
        OtherTopics(w, outline);
        w.Line("## References");
        w.Blank();
        foreach (var r in outline.References)
        {
            var year = r.Year is int y ? $" ({SurveyText.Year(y)})" : "";
            var venue = string.IsNullOrWhiteSpace(r.Venue) ? "" : $" {E(r.Venue)}.";
            var link = SurveyText.Link(r) is { } url ? $" <{url.Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)}>" : "";
            w.Line($"{SurveyText.Number(r.Number)}. {E(r.Title)}{year}.{venue} {E(r.PaperId)}.{link}");
        }
    }

    private static void Section(Lines w, SurveySection s, string number, int level)
    {
        var heading = new string('#', level);
        var inner = new string('#', Math.Min(level + 1, 6));
        w.Line($"{heading} {number}. {E(s.Title)}");
        w.Blank();
        var about = new List<string>();
        if (s.Community is int c) about.Add($"community {SurveyText.Number(c)}" + (s.Label.Length > 0 ? $" (“{E(s.Label)}”)" : ""));
        about.Add(SurveyText.Papers(s.PaperCount));
        var years = SurveyText.Years(s.FirstYear, s.LastYear);
        if (years.Length > 0) about.Add(years);
        w.Line($"*{string.Join(", ", about)}.*");
        w.Blank();
        if (s.Tasks.Count > 0)
        {
            w.Line("Tasks: " + string.Join("; ", s.Tasks.Select(t => Stated(t, E(t.Entity.Name)))) + ".");
            w.Blank();
        }
        Block(w, $"{inner} {E(s.MethodsHeading)}", s.Methods, m =>
        {
            var parts = new List<string>();
            if (SurveyText.OnlyProposed(m)) parts.Add($"{Bold(m.Method)}: proposed in {Cites(m.ProposedIn)}");
            else
            {
                parts.Add(Stated(m.Method, Bold(m.Method)));
                if (m.ProposedIn.Count > 0) parts.Add("proposed in " + Cites(m.ProposedIn));
            }
            if (m.BuildsOn.Count > 0) parts.Add("builds on " + Related(m.BuildsOn));
            return string.Join("; ", parts);
        });
        var targetNames = SurveyText.DisplayNames(s.Targets.Select(t => t.Target.Entity).ToList());
        Block(w, $"{inner} Datasets and benchmarks", s.Targets.Select((t, i) => (Target: t, Name: targetNames[i])).ToList(), x =>
            Stated(x.Target.Target, $"**{E(x.Name)}**") + (x.Target.EvaluatedMethods.Count > 0 ? "; methods evaluated on it: " + Related(x.Target.EvaluatedMethods) : ""));
        Block(w, $"{inner} Metrics", s.Metrics, m => Stated(m, Bold(m)));
        if (s.Results.Count > 0)
        {
            w.Line($"{inner} Reported results");
            w.Blank();
            w.Line("| Method | Dataset or benchmark | Metric | Value | Paper |");
            w.Line("|---|---|---|---|---|");
            foreach (var r in s.Results)
            {
                w.Line($"| {(r.Method is null ? "(not named)" : E(r.Method.Name))} | {E(r.Target.Name)} | {E(r.Metric.Name)}{SurveyText.Arrow(r.Direction)} | {E(r.Value)} | [{SurveyText.Number(r.Citation)}] |");
            }
            w.Blank();
        }
        Block(w, $"{inner} Representative papers", s.Papers, p =>
        {
            var year = p.Year is int y ? $" ({SurveyText.Year(y)})" : "";
            var proposes = p.Proposes.Count > 0 ? ". Proposes " + string.Join(", ", p.Proposes.Select(e => E(e.Name))) : "";
            return $"[{SurveyText.Number(p.Citation)}] {E(p.Title)}{year}{proposes}.";
        });
        for (var i = 0; i < s.Subsections.Count; i++) Section(w, s.Subsections[i], $"{number}.{SurveyText.Number(i + 1)}", Math.Min(level + 1, 6));
    }

    private static void OtherTopics(Lines w, SurveyOutline outline)
    {
        if (outline.OtherTopics.Count == 0 && outline.OtherTopicsNotListed == 0) return;
        w.Line("## Other topics");
        w.Blank();
        foreach (var t in outline.OtherTopics)
        {
            var where = t.Community is int c ? $" (community {SurveyText.Number(c)})" : "";
            w.Line($"- {E(t.Title)}{where}: {SurveyText.Papers(t.PaperCount)} {Cites(t.Citations)}");
        }
        if (outline.OtherTopicsNotListed > 0) w.Line($"- and {SurveyText.Count("more topic", outline.OtherTopicsNotListed)} (papergraph query community lists them all)");
        w.Blank();
    }

    private static void Block<T>(Lines w, string heading, IReadOnlyList<T> items, Func<T, string> bullet)
    {
        if (items.Count == 0) return;
        w.Line(heading);
        w.Blank();
        foreach (var item in items) w.Line("- " + bullet(item));
        w.Blank();
    }

    /// <summary>"**LoRA** (12 papers) [1], [4], [7]".</summary>
    private static string Stated(CitedEntity e, string name) => $"{name} ({SurveyText.Papers(e.PaperCount)}) {Cites(e.Citations)}";

    private static string Bold(CitedEntity e) => $"**{E(e.Entity.Name)}**";

    /// <summary>"ResNet (12 papers) [4], [5], [9], ViT, DeiT [7]".</summary>
    private static string Related(IEnumerable<CitedEntity> related) =>
        string.Join(", ", SurveyText.Grouped(related).Select(g =>
            string.Join(", ", g.Entities.Select(e => E(e.Name))) + (g.PaperCount > g.Citations.Count ? $" ({SurveyText.Papers(g.PaperCount)})" : "") + " " + Cites(g.Citations)));

    private static string Cites(IEnumerable<int> numbers) => string.Join(", ", numbers.Select(n => $"[{SurveyText.Number(n)}]"));

    private static string E(string text) => MarkdownText.Escape(text);

    /// <summary>Writes lines ending in "\n" whatever the platform.</summary>
    private sealed class Lines(TextWriter writer)
    {
        public void Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
        }

        public void Blank() => writer.Write('\n');
    }
}
