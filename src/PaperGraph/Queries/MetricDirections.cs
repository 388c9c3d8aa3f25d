using System.Reflection;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Queries;

/// <summary>
/// The direction of a metric by its name or aliases, from data/queries/metric-direction.tsv
/// (FID, error rates, WER, perplexity, latency: lower is better; accuracy, BLEU, mAP: higher).
/// </summary>
public static class MetricDirections
{
    private static readonly Lazy<(Dictionary<string, MetricDirection> Names, List<(string[] Words, MetricDirection Direction)> Words)> Table = new(Load);

    public static MetricDirection Of(EntityNode metric)
    {
        foreach (var name in metric.Aliases.Select(a => a.Name).Prepend(metric.Name))
        {
            if (Table.Value.Names.TryGetValue(Words(name), out var d)) return d;
        }
        foreach (var name in metric.Aliases.Select(a => a.Name).Prepend(metric.Name))
        {
            var d = OfWords(name);
            if (d != MetricDirection.Unknown) return d;
        }
        return MetricDirection.Unknown;
    }

    public static MetricDirection Of(string metricName) =>
        Table.Value.Names.TryGetValue(Words(metricName), out var d) ? d : OfWords(metricName);

    private static MetricDirection OfWords(string name)
    {
        var words = Words(name).Split(' ');
        foreach (var (pattern, direction) in Table.Value.Words)
        {
            for (var i = 0; i + pattern.Length <= words.Length; i++)
            {
                if (words.AsSpan(i, pattern.Length).SequenceEqual(pattern)) return direction;
            }
        }
        return MetricDirection.Unknown;
    }

    /// <summary>Lower-case words of letters and digits: "Top-1 Error (%)" → "top 1 error".</summary>
    internal static string Words(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    private static (Dictionary<string, MetricDirection>, List<(string[], MetricDirection)>) Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("metric-direction.tsv", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("embedded resource data/queries/metric-direction.tsv is missing");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, MetricDirection>(StringComparer.Ordinal);
        var words = new List<(string[], MetricDirection)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            var direction = fields.Length == 3 ? fields[0] switch
            {
                "lower" => MetricDirection.LowerIsBetter,
                "higher" => MetricDirection.HigherIsBetter,
                _ => MetricDirection.Unknown,
            } : MetricDirection.Unknown;
            if (direction == MetricDirection.Unknown || fields[1] is not ("name" or "word"))
                throw new InvalidDataException($"{resource}:{lineNumber}: expected direction<TAB>name|word<TAB>text");
            if (fields[1] == "name") names.TryAdd(Words(fields[2]), direction);
            else words.Add((Words(fields[2]).Split(' '), direction));
        }
        return (names, words);
    }
}
