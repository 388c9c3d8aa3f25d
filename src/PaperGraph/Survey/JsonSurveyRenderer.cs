using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperGraph.Survey;

/// <summary>
/// The outline model as indented JSON for scripts: property names in camelCase, enums as strings, text
/// kept readable (non-ASCII not escaped), "\n" line ends.
/// </summary>
public sealed class JsonSurveyRenderer : ISurveyRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Render(SurveyOutline outline, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(outline, Options));
        writer.Write('\n');
    }
}
