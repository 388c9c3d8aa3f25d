using System.Buffers;
using System.Text;

namespace PaperGraph.Ingest;

/// <summary>UTF-8 checks for records: readers skip a record with invalid bytes rather than guess its text.</summary>
internal static class Utf8Text
{
    /// <summary>The message for a record that is not valid UTF-8, naming the first bad byte.</summary>
    public static string InvalidMessage(ReadOnlySpan<byte> bytes) =>
        $"invalid UTF-8 at byte {FirstInvalidByte(bytes) + 1} (the input is not UTF-8, or is damaged)";

    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) != OperationStatus.Done) return at;
            at += consumed;
        }
        return -1;
    }

    /// <summary>Valid UTF-8 decoded and collapsed (<see cref="TextNormalizer"/>) in one pass.</summary>
    public static string DecodeCollapsed(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return "";
        var rented = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var decoded = Encoding.UTF8.GetChars(utf8, rented);
            var length = TextNormalizer.CollapseInPlace(rented.AsSpan(0, decoded));
            return length == 0 ? "" : new string(rented, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
