using System.Globalization;

namespace PaperGraph.Ingest;

/// <summary>Byte counts as people read them in messages: "512 bytes", "16 MiB", "100.0 MiB".</summary>
internal static class SizeText
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes",
        < 1024 * 1024 => Scaled(bytes, 1024, "KiB"),
        < 1024L * 1024 * 1024 => Scaled(bytes, 1024 * 1024, "MiB"),
        _ => Scaled(bytes, 1024L * 1024 * 1024, "GiB"),
    };

    private static string Scaled(long bytes, long unit, string name) =>
        (bytes % unit == 0
            ? (bytes / unit).ToString(CultureInfo.InvariantCulture)
            : ((double)bytes / unit).ToString("0.0", CultureInfo.InvariantCulture)) + " " + name;
}
