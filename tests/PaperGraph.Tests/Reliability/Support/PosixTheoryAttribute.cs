namespace PaperGraph.Tests.Reliability.Support;

/// <summary>A theory that sends POSIX signals with `kill`: skipped on Windows, which has neither.</summary>
public sealed class PosixTheoryAttribute : TheoryAttribute
{
    public PosixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "POSIX signals and kill are not available on Windows";
    }
}
