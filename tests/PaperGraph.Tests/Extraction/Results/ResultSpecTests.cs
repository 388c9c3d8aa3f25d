using System.Globalization;
using PaperGraph.Extraction.Results;

namespace PaperGraph.Tests.Extraction.Results;

public class ResultSpecTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var spec in ResultSpec.All) data.Add(spec.Name);
        return data;
    }

    [Fact]
    public void SpecFile_HasPositiveAndNegativeExamples()
    {
        var specs = ResultSpec.All;

        Assert.Equal(specs.Count, specs.Select(s => s.Name).Distinct().Count());
        Assert.True(specs.Count(s => s.Expected.Count > 0) >= 30);
        Assert.True(specs.Count(s => s.Expected.Count == 0) >= 20);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Recognize_SpecExample_ReportsExpectedResults(string name)
    {
        var spec = ResultSpec.All.Single(s => s.Name == name);

        var actual = ResultRecognizer.Default.Recognize(spec.ToContext());

        var shown = string.Join(" | ", actual.Select(Describe));
        Assert.True(spec.Expected.Count == actual.Count,
            $"line {spec.Line}: expected {spec.Expected.Count} result(s), got {actual.Count}: {shown}");
        for (var i = 0; i < actual.Count; i++)
        {
            foreach (var (field, expected) in spec.Expected[i])
            {
                Assert.True(expected == Field(actual[i].Result, field),
                    $"line {spec.Line}, result {i + 1}, {field}: expected '{expected}', got '{Field(actual[i].Result, field)}' in {shown}");
            }
        }
    }

    private static string Field(Result result, string field) => field switch
    {
        "metric" => result.Metric,
        "value" => result.Value.Text,
        "number" => result.Value.Value.ToString(CultureInfo.InvariantCulture),
        "unit" => result.Value.Unit.ToString(),
        "pm" => result.Value.PlusMinus?.ToString(CultureInfo.InvariantCulture) ?? "-",
        "from" => result.Value.From?.ToString(CultureInfo.InvariantCulture) ?? "-",
        "delta" => result.Value.IsDelta ? "yes" : "no",
        "dataset" => result.Dataset ?? "-",
        "method" => result.Method ?? "-",
        "text" => result.Text,
        _ => throw new ArgumentException($"unknown spec field '{field}'"),
    };

    private static string Describe(RecognizedResult r) =>
        $"{r.Result.Metric}={r.Result.Value.Text} ({r.Result.Value.Value.ToString(CultureInfo.InvariantCulture)}, delta={r.Result.Value.IsDelta}) " +
        $"on {r.Result.Dataset ?? "-"} by {r.Result.Method ?? "-"} [{r.Result.Text}]";
}
