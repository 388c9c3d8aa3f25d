using PaperGraph.Queries;

namespace PaperGraph.Survey;

/// <summary>
/// The outline as a LaTeX skeleton: \section per section (\subsection per subsection), itemized statements
/// ending in \cite{...}, booktabs result tables, and \bibliography of the .bib written beside it (unsrt, so
/// the numbers follow first citation as in the Markdown). Runs with pdflatex, xelatex or lualatex; all text
/// from papers is escaped (<see cref="LatexText"/>).
/// </summary>
public sealed class LatexSurveyRenderer(string bibliographyName) : ISurveyRenderer
{
    private static readonly string[] Headings = [@"\section", @"\subsection", @"\subsubsection", @"\paragraph"];

    public void Render(SurveyOutline outline, TextWriter writer)
    {
        var keys = outline.References.ToDictionary(r => r.Number, r => r.Key);
        var w = new Writer(writer, keys);
        w.Line("% Survey outline written by `papergraph survey` from a knowledge graph of the papers.");
        w.Line($"% Every \\cite names papers whose text supports the statement; the entries are in {bibliographyName}.bib.");
        w.Line(@"\documentclass{article}");
        w.Line(@"\usepackage{iftex}");
        w.Line(@"\ifPDFTeX");
        w.Line(@"  \usepackage[utf8]{inputenc}");
        w.Line(@"  \usepackage[T1]{fontenc}");
        w.Line(@"\else");
        w.Line(@"  \usepackage{fontspec}");
        w.Line(@"\fi");
        w.Line(@"\usepackage{booktabs}");
        w.Line(@"\usepackage{url}");
        w.Line($@"\title{{{L(outline.Title)}}}");
        w.Line(@"\date{}");
        w.Line(@"\begin{document}");
        w.Line(@"\maketitle");
        w.Blank();
        w.Line($@"\paragraph{{Scope.}} {L(Dashes(SurveyText.Scope(outline.Scope)))}.");
        w.Blank();
        if (outline.Scope.Tasks.Count > 0)
        {
            w.Line(@"\paragraph{Tasks covered.}");
            w.Items(outline.Scope.Tasks.Select(t => w.Stated(t, L(SurveyText.Capitalised(t.Entity.Name)))));
        }
        foreach (var s in outline.Sections) Section(w, s, 0);
        if (outline.OtherTopics.Count > 0 || outline.OtherTopicsNotListed > 0)
        {
            w.Line(@"\section*{Other topics}");
            var lines = outline.OtherTopics.Select(t => $"{L(t.Title)}: {SurveyText.Papers(t.PaperCount)}{w.Cite(t.Citations)}").ToList();
            if (outline.OtherTopicsNotListed > 0) lines.Add($"and {SurveyText.Count("more topic", outline.OtherTopicsNotListed)}");
            w.Items(lines);
        }
        w.Line(@"\bibliographystyle{unsrt}");
        w.Line($@"\bibliography{{{bibliographyName}}}");
        w.Line(@"\end{document}");
    }

    private static void Section(Writer w, SurveySection s, int depth)
    {
        w.Line($"{Headings[Math.Min(depth, Headings.Length - 1)]}{{{L(s.Title)}}}");
        if (s.Community is int c) w.Line($@"\label{{sec:community-{SurveyText.Number(c)}}}");
        var about = new List<string>();
        if (s.Community is int id) about.Add($"Community {SurveyText.Number(id)}" + (s.Label.Length > 0 ? $" (``{L(s.Label)}'')" : ""));
        about.Add(SurveyText.Papers(s.PaperCount));
        var years = SurveyText.Years(s.FirstYear, s.LastYear);
        if (years.Length > 0) about.Add(Dashes(years));
        w.Line($@"\emph{{{string.Join(", ", about)}.}}");
        w.Blank();
        if (s.Tasks.Count > 0)
        {
            w.Line("Tasks: " + string.Join("; ", s.Tasks.Select(t => w.Stated(t, L(t.Entity.Name)))) + ".");
            w.Blank();
        }
        var inner = Headings[Math.Min(depth + 1, Headings.Length - 1)] + "*";
        w.Block(inner, L(s.MethodsHeading), s.Methods.Select(m =>
        {
            var parts = new List<string>();
            if (SurveyText.OnlyProposed(m)) parts.Add($"{Bold(m.Method)}: proposed in{w.Cite(m.ProposedIn)}");
            else
            {
                parts.Add(w.Stated(m.Method, Bold(m.Method)));
                if (m.ProposedIn.Count > 0) parts.Add("proposed in" + w.Cite(m.ProposedIn));
            }
            if (m.BuildsOn.Count > 0) parts.Add("builds on " + w.Related(m.BuildsOn));
            return string.Join("; ", parts);
        }));
        var targetNames = SurveyText.DisplayNames(s.Targets.Select(t => t.Target.Entity).ToList());
        w.Block(inner, "Datasets and benchmarks", s.Targets.Select((t, i) =>
            w.Stated(t.Target, $@"\textbf{{{L(targetNames[i])}}}") + (t.EvaluatedMethods.Count > 0 ? "; methods evaluated on it: " + w.Related(t.EvaluatedMethods) : "")));
        w.Block(inner, "Metrics", s.Metrics.Select(m => w.Stated(m, Bold(m))));
        if (s.Results.Count > 0)
        {
            w.Line($"{inner}{{Reported results}}");
            w.Line(@"\begin{center}\small");
            w.Line(@"\begin{tabular}{p{0.22\linewidth}p{0.22\linewidth}p{0.18\linewidth}p{0.12\linewidth}l}");
            w.Line(@"\toprule");
            w.Line(@"Method & Dataset or benchmark & Metric & Value & Paper \\");
            w.Line(@"\midrule");
            foreach (var r in s.Results)
            {
                var arrow = r.Direction switch { MetricDirection.LowerIsBetter => @" $\downarrow$", MetricDirection.HigherIsBetter => @" $\uparrow$", _ => "" };
                w.Line($@"{(r.Method is null ? "(not named)" : L(r.Method.Name))} & {L(r.Target.Name)} & {L(r.Metric.Name)}{arrow} & {L(r.Value)} & {w.Cite([r.Citation]).TrimStart('~')} \\");
            }
            w.Line(@"\bottomrule");
            w.Line(@"\end{tabular}");
            w.Line(@"\end{center}");
            w.Blank();
        }
        w.Block(inner, "Representative papers", s.Papers.Select(p =>
        {
            var year = p.Year is int y ? $" ({SurveyText.Year(y)})" : "";
            var proposes = p.Proposes.Count > 0 ? ". Proposes " + string.Join(", ", p.Proposes.Select(e => L(e.Name))) : "";
            return $"{L(p.Title)}{year}{w.Cite([p.Citation])}{proposes}.";
        }));
        foreach (var sub in s.Subsections) Section(w, sub, depth + 1);
    }

    private static string L(string text) => LatexText.Escape(text);

    private static string Bold(CitedEntity e) => $@"\textbf{{{L(e.Entity.Name)}}}";

    /// <summary>Number ranges with LaTeX's en dash.</summary>
    private static string Dashes(string text) => text.Replace("–", "--", StringComparison.Ordinal);

    private sealed class Writer(TextWriter writer, IReadOnlyDictionary<int, string> keys)
    {
        public void Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
        }

        public void Blank() => writer.Write('\n');

        public void Items(IEnumerable<string> items)
        {
            Line(@"\begin{itemize}");
            // "{}" keeps a leading "[" from being read as \item's optional label.
            foreach (var item in items) Line(@"  \item " + (item.StartsWith('[') ? "{}" : "") + item);
            Line(@"\end{itemize}");
            Blank();
        }

        public void Block(string heading, string title, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0) return;
            Line($"{heading}{{{title}}}");
            Items(list);
        }

        /// <summary>"~\cite{hu2021lora,houlsby2019parameter}" (a tie keeps the citation on the line of the word before it).</summary>
        public string Cite(IEnumerable<int> numbers)
        {
            var list = numbers.Select(n => keys[n]).ToList();
            return list.Count == 0 ? "" : $@"~\cite{{{string.Join(",", list)}}}";
        }

        /// <summary>"\textbf{LoRA} (12 papers)~\cite{a,b,c}".</summary>
        public string Stated(CitedEntity e, string name) => $"{name} ({SurveyText.Papers(e.PaperCount)}){Cite(e.Citations)}";

        public string Related(IEnumerable<CitedEntity> related) =>
            string.Join(", ", SurveyText.Grouped(related).Select(g =>
                string.Join(", ", g.Entities.Select(e => L(e.Name))) + (g.PaperCount > g.Citations.Count ? $" ({SurveyText.Papers(g.PaperCount)})" : "") + Cite(g.Citations)));
    }
}
