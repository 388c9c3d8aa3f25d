using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Console;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Cli;

/// <summary>Output options given the wrong kind of path, and outputs that are devices or pipes.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("papergraph-out-paths-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static string Page2 => Path.Combine(SharedData.RepositoryRoot, "samples", "daily-papers-2.txt");

    private static (int Exit, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        int exit;
        using (CliOutput.RedirectTo(error))
        {
            exit = CliApp.Run(args, error);
        }
        return (exit, error.ToString());
    }

    [Theory]
    [InlineData("--out", "build", "PAGE", "--out", "FILE")]
    [InlineData("--update", "build", "--update", "FILE", "PAGE")]
    [InlineData("--out", "merge", "PAGE", "--out", "FILE")]
    [InlineData("--out", "analyze", "--edges", "PAGE", "--out", "FILE")]
    [InlineData("--out", "export", "neo4j-import", "--from", "WORK", "--out", "FILE")]
    [InlineData("--out", "bench", "build", "PAGE", "--out", "FILE")]
    public void FolderOption_GivenAnExistingFile_IsAUsageErrorNamingIt(string option, params string[] template)
    {
        var file = Path.Combine(work, "results.txt");
        File.WriteAllText(file, "keep me");

        var (exit, error) = Run([.. template.Select(a => a switch { "FILE" => file, "PAGE" => Page2, "WORK" => work, _ => a })]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"papergraph: error: {option} must be a folder: {file} is a file", error);
        Assert.DoesNotContain("part of the path", error);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void FolderOption_BelowAnExistingFile_IsAUsageErrorNamingTheFile()
    {
        var file = Path.Combine(work, "results.txt");
        File.WriteAllText(file, "keep me");
        var below = Path.Combine(file, "build");

        var (exit, error) = Run("build", Page2, "--out", below);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"papergraph: error: --out cannot be {below}: {file} is a file", error);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("--out", "extract", "PAGE", "--out", "DIR")]
    [InlineData("--output", "survey", "--from", "WORK", "--output", "DIR")]
    public void FileOption_GivenAnExistingFolder_IsAUsageErrorNamingIt(string option, params string[] template)
    {
        var folder = Path.Combine(work, "out");
        Directory.CreateDirectory(folder);

        var (exit, error) = Run([.. template.Select(a => a switch { "DIR" => folder, "PAGE" => Page2, "WORK" => work, _ => a })]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"papergraph: error: {option} must be a file: {folder} is a folder", error);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [LinuxFact]
    public void Extract_OutIsTheNullDevice_ExitsOkAndTheDeviceStays()
    {
        var device = SpecialFiles.NullDevice(work);

        var (exit, error) = Run("extract", Page2, "--threads", "2", "--out", device);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Equal(SpecialFiles.CharacterDevice, SpecialFiles.TypeOf(device));
    }

    [LinuxFact]
    public void Extract_OutIsAFifo_TheReaderGetsEveryPaperAndTheFifoStays()
    {
        var fifo = SpecialFiles.MakeFifo(Path.Combine(work, "papers.jsonl"));
        using var reader = SpecialFiles.StartReader(fifo);

        var (exit, error) = Run("extract", Page2, "--threads", "2", "--out", fifo);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.True(reader.WaitForEnd(TimeSpan.FromSeconds(30)), "the reader of the FIFO never saw the writer close it");
        Assert.Equal(43, reader.Received.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(SpecialFiles.Fifo, SpecialFiles.TypeOf(fifo));
    }
}
