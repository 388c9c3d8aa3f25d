namespace PaperGraph.Ingest;

/// <summary>What detection concluded: a format, or the one-line reason the input is none of them.</summary>
internal readonly record struct FormatGuess(PaperFormat Format, string? Problem)
{
    public static FormatGuess Of(PaperFormat format) => new(format, null);

    public static FormatGuess Refused(string problem) => new(PaperFormat.Auto, problem);
}
