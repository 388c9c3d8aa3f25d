using System.Text.Json;

namespace PaperGraph.Tests.Extraction;

/// <summary>
/// The lenient entity score of ../shared/eval/score.py, ported for a quality test: papers meet by
/// normalised title; a prediction matches an unused gold entity of the same type group (datasets and
/// benchmarks together) sharing any normalised form of name, aliases or mentions; borderline gold is
/// neither required nor penalised.
/// </summary>
internal static class DevSetScorer
{
    public static (int Tp, int Fp, int Fn) Score(string goldPath, IEnumerable<PaperExtraction> extractions)
    {
        var byTitle = extractions.GroupBy(e => Norm(e.Paper.Title)).ToDictionary(g => g.Key, g => g.First());
        int tp = 0, fp = 0, fn = 0;
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var gold = doc.RootElement.GetProperty("entities").EnumerateArray()
                .Select(e => (Group: Group(e.GetProperty("type").GetString()!), Forms: GoldForms(e),
                    Borderline: e.TryGetProperty("borderline", out var b) && b.GetBoolean()))
                .ToList();
            var used = new bool[gold.Count];
            byTitle.TryGetValue(Norm(doc.RootElement.GetProperty("title").GetString()!), out var extraction);
            foreach (var entity in extraction?.Entities ?? [])
            {
                var forms = new HashSet<string>(new[] { entity.Name }.Concat(entity.Aliases.Select(a => a.Name))
                    .Concat(entity.Mentions.Select(m => m.Text)).SelectMany(Forms));
                var group = Group(entity.Type.ToString());
                var hit = gold.FindIndex(g => g.Group == group && g.Forms.Overlaps(forms));
                while (hit >= 0 && used[hit]) hit = gold.FindIndex(hit + 1, g => g.Group == group && g.Forms.Overlaps(forms));
                if (hit >= 0)
                {
                    used[hit] = true;
                    if (!gold[hit].Borderline) tp++;
                }
                else if (!gold.Any(g => g.Borderline && g.Forms.Overlaps(forms))) fp++;
            }
            fn += gold.Where((g, i) => !used[i] && !g.Borderline).Count();
        }
        return (tp, fp, fn);
    }

    public static double F1((int Tp, int Fp, int Fn) s) => s.Tp == 0 ? 0 : 2.0 * s.Tp / (2.0 * s.Tp + s.Fp + s.Fn);

    private static string Group(string type) => type.ToUpperInvariant() switch
    {
        "DATASET" or "BENCHMARK" => "TARGET",
        var t => t,
    };

    private static HashSet<string> GoldForms(JsonElement e) =>
        new(new[] { e.GetProperty("name").GetString()! }
            .Concat(e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : [])
            .SelectMany(Forms));

    private static IEnumerable<string> Forms(string s)
    {
        var n = Norm(s);
        yield return n;
        if (n.Length > 3 && n.EndsWith('s')) yield return n[..^1];
    }

    private static string Norm(string s) =>
        new(s.ToLowerInvariant().Replace("±", "pm").Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9').ToArray());
}
