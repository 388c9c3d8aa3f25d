using System.Text.Json;

namespace PaperGraph.Graph;

internal sealed partial class GraphJsonParser
{
    /// <summary>An evidence list: every record, or when only citations are read, the distinct papers it cites.</summary>
    private IReadOnlyList<Evidence> ReadEvidenceList(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        if (citations is null)
        {
            var list = new List<Evidence>();
            while (NextElement(ref r)) list.Add(ReadEvidence(ref r));
            return [.. list];
        }
        citedPapers.Clear();
        // Each record is still read whole and checked, so a broken file is refused as Open refuses it.
        while (NextElement(ref r)) citedPapers.Add(ReadEvidenceParts(ref r).Paper);
        return citations.Of(citedPapers);
    }

    /// <summary>Reads an evidence object; the reader is on its opening brace.</summary>
    private Evidence ReadEvidence(ref Utf8JsonReader r)
    {
        var (paper, span, sentence) = ReadEvidenceParts(ref r);
        return new Evidence(paper, span, sentence);
    }

    private (PaperId Paper, TextSpan Span, TextSpan Sentence) ReadEvidenceParts(ref Utf8JsonReader r)
    {
        string? paper = null;
        TextField? field = null;
        int start = -1, end = -1, sentenceStart = -1, sentenceEnd = -1;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("paper"u8)) paper = Interned(ref r);
            else if (r.ValueTextEquals("field"u8))
            {
                r.Read();
                field = r.ValueTextEquals("title"u8) ? TextField.Title
                    : r.ValueTextEquals("abstract"u8) ? TextField.Abstract
                    : throw new JsonException("an evidence field is neither \"title\" nor \"abstract\"");
            }
            else if (r.ValueTextEquals("start"u8)) start = Int(ref r);
            else if (r.ValueTextEquals("end"u8)) end = Int(ref r);
            else if (r.ValueTextEquals("sentenceStart"u8)) sentenceStart = Int(ref r);
            else if (r.ValueTextEquals("sentenceEnd"u8)) sentenceEnd = Int(ref r);
            else r.Skip();
        }
        if (field is null || start < 0 || end < start || sentenceStart < 0 || sentenceEnd < sentenceStart)
        {
            throw new JsonException("an evidence record lacks its field or has invalid offsets");
        }
        return (new PaperId(Required(paper, "paper")), new TextSpan(field.Value, start, end), new TextSpan(field.Value, sentenceStart, sentenceEnd));
    }

    /// <summary>A string value passed over without making a string of it: "" for a string, null for null.</summary>
    private static string? SkippedText(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType switch
        {
            JsonTokenType.String => "",
            JsonTokenType.Null => null,
            _ => throw new JsonException($"expected a string but found {Describe(r.TokenType)}"),
        };
    }
}
