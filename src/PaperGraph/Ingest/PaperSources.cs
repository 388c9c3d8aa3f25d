namespace PaperGraph.Ingest;

/// <summary>
/// The input layer: reads every paper from files, folders and standard input, in order, streaming. Each
/// input is opened, decoded (<see cref="DecodedInput"/>), its format detected unless given, and read by its
/// reader. Nothing here throws for bad input: a missing file, an unknown format or a bad record is a
/// <see cref="ReadOutcome.Issue"/> and the next record or input is read as usual.
/// </summary>
public static class PaperSources
{
    public static IEnumerable<ReadOutcome> Read(
        IReadOnlyList<string> inputs, PaperFormat format = PaperFormat.Auto, Func<Stream>? stdin = null,
        CancellationToken cancellationToken = default) =>
        Read(inputs, new IngestOptions { Format = format }, stdin, cancellationToken);

    /// <param name="inputs">Files, folders, or "-" for standard input.</param>
    /// <param name="options">The format (Auto detects per input) and the record size limit.</param>
    /// <param name="stdin">Opens standard input; "-" is an issue without it.</param>
    public static IEnumerable<ReadOutcome> Read(
        IReadOnlyList<string> inputs, IngestOptions options, Func<Stream>? stdin = null,
        CancellationToken cancellationToken = default)
    {
        foreach (var input in inputs)
        {
            foreach (var entry in InputFiles.Expand(input))
            {
                if (entry.Problem is not null)
                {
                    yield return new ReadOutcome.Issue(entry.Problem);
                    continue;
                }
                foreach (var outcome in ReadInput(entry.Name, options, stdin, cancellationToken)) yield return outcome;
            }
        }
    }

    private static IEnumerable<ReadOutcome> ReadInput(string name, IngestOptions options, Func<Stream>? stdin, CancellationToken cancellationToken)
    {
        var (raw, openProblem) = Open(name, stdin);
        if (raw is null)
        {
            yield return Fatal(name, 0, openProblem!);
            yield break;
        }
        using (raw)
        {
            var input = DecodedInput.Open(raw);
            var head = input.Text.Peek(FormatDetector.SniffBytes);
            if (head.IsEmpty && input.Fault is not null)
            {
                yield return Fatal(name, 0, input.Fault);
                yield break;
            }
            var refusal = FormatDetector.Refuse(head);
            var guess = refusal is not null ? FormatGuess.Refused(refusal)
                : options.Format != PaperFormat.Auto ? FormatGuess.Of(options.Format)
                : FormatDetector.Detect(head, name);
            if (guess.Problem is not null)
            {
                yield return Fatal(name, 0, guess.Problem);
                yield break;
            }
            var produced = false;
            foreach (var outcome in PaperReaders.For(guess.Format, options).Read(input.Text, name, cancellationToken))
            {
                produced = true;
                yield return outcome;
            }
            if (input.Fault is not null)
            {
                yield return Fatal(name, input.FaultLine, $"{input.Fault}; papers before line {input.FaultLine} were read");
            }
            else if (!produced)
            {
                yield return Fatal(name, 0, $"no papers found (read as {guess.Format})");
            }
        }
    }

    private static (Stream? Stream, string? Problem) Open(string name, Func<Stream>? stdin)
    {
        if (name == InputFiles.StandardInput)
        {
            return stdin is null ? (null, "standard input is not available here") : (stdin(), null);
        }
        try
        {
            return (new FileStream(name, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, "no such file");
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "permission denied");
        }
        catch (IOException e)
        {
            return (null, "cannot open: " + e.Message);
        }
    }

    private static ReadOutcome Fatal(string name, long line, string message) =>
        new ReadOutcome.Issue(new ReadIssue(new SourceLocation(name, line), message) { IsFatalForInput = true });
}
