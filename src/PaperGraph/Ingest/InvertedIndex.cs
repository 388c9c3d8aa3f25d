using System.Text;
using System.Text.Json;

namespace PaperGraph.Ingest;

/// <summary>
/// Rebuilds an OpenAlex abstract from its inverted index ({"word": [positions]}) by putting each word at each
/// of its positions and joining them with single spaces; gaps in the positions are closed up.
/// </summary>
internal static class InvertedIndex
{
    /// <summary>Positions beyond this are not an abstract; they are ignored so a hostile index stays small.</summary>
    private const int MaxPosition = 100_000;

    /// <summary>The abstract, or null when the value is null or not an object.</summary>
    public static string? Rebuild(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }
        var placed = new List<(int Position, string Word)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = ReadWord(ref reader);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var position) && position is >= 0 and <= MaxPosition)
                {
                    placed.Add((position, word));
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        // A stable sort keeps two words claiming one position in the order the index lists them.
        var ordered = placed.Select((entry, order) => (entry.Position, order, entry.Word)).OrderBy(e => e.Position).ThenBy(e => e.order);
        var text = new StringBuilder();
        foreach (var (_, _, word) in ordered)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(word);
        }
        return TextNormalizer.Collapse(text.ToString());
    }

    private static string ReadWord(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new BadRecordException("\"abstract_inverted_index\" holds invalid text (a broken \\u escape)");
        }
    }
}
