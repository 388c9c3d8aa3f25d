using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

/// <summary>
/// Seeded random damage to every fixture, read with detection and with each format forced: reading never
/// throws, every paper has a non-empty collapsed title and a real location, and two runs agree.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int RoundsPerFixture = 60;

    public static TheoryData<string> Fixtures() =>
        ["papers.jsonl", "bad-records.jsonl", "snapshot.jsonl", "arxiv-api.xml", "openalex-work.json", "openalex-page.json", "papers.csv", "papers.tsv", "hf-no-header.txt"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_DamagedInput_NeverThrowsAndYieldsOnlyWellFormedPapers(string fixture)
    {
        var original = File.ReadAllBytes(IngestTestFiles.PathOf(fixture));
        var random = new Random(fixture.GetHashCode(StringComparison.Ordinal) & 0x7FFF ^ 20240611);
        var options = new IngestOptions { MaxRecordBytes = 2048 };
        for (var round = 0; round < RoundsPerFixture; round++)
        {
            var damaged = Damage(original, random);
            var format = (PaperFormat)(round % Enum.GetValues<PaperFormat>().Length);

            var first = ReadAll(damaged, options with { Format = format });
            var second = ReadAll(damaged, options with { Format = format });

            Assert.Equal(first.Select(Describe), second.Select(Describe));
            Assert.All(first.Papers(), paper =>
            {
                Assert.False(string.IsNullOrEmpty(paper.Title));
                Assert.True(TextNormalizer.IsCollapsed(paper.Title));
                Assert.True(TextNormalizer.IsCollapsed(paper.Abstract));
                Assert.True(paper.Source.Line >= 1);
            });
            Assert.All(first.Issues(), issue => Assert.DoesNotContain('\n', issue.Message));
        }
    }

    private static List<ReadOutcome> ReadAll(byte[] bytes, IngestOptions options) =>
        [.. PaperSources.Read(["-"], options, () => new MemoryStream(bytes))];

    private static string Describe(ReadOutcome outcome) => outcome switch
    {
        ReadOutcome.Read read => $"{read.Paper.Source} {read.Paper.Id} {read.Paper.Title} | {read.Paper.Abstract}",
        ReadOutcome.Issue issue => issue.Problem.ToString(),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Flips, deletes, duplicates and inserts bytes, including the structural ones each format cares about.</summary>
    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 12);
        byte[] structural = Encoding.ASCII.GetBytes("{}[]\",:\\<>/\n\r\t·• 0");
        for (var i = 0; i < edits && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40))); break;
                case 2: bytes.Insert(at, structural[random.Next(structural.Length)]); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 200)))); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }
}
