namespace PaperGraph.Graph;

/// <summary>How enum values are spelled in graph.json (docs/graph.schema.json lists the same values).</summary>
internal static class GraphJsonNames
{
    public static string Field(TextField field) => field == TextField.Title ? "title" : "abstract";

    public static bool TryParseField(string? text, out TextField field)
    {
        field = text == "title" ? TextField.Title : TextField.Abstract;
        return text is "title" or "abstract";
    }

    public static string Unit(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Percent => "percent",
        QuantityUnit.Times => "times",
        _ => "none",
    };

    public static bool TryParseUnit(string? text, out QuantityUnit unit)
    {
        unit = text switch
        {
            "percent" => QuantityUnit.Percent,
            "times" => QuantityUnit.Times,
            _ => QuantityUnit.None,
        };
        return text is "none" or "percent" or "times";
    }

    public static bool TryParseType(string? text, out EntityType type)
    {
        type = default;
        return text is not null && Enum.TryParse(text, ignoreCase: false, out type) && Enum.IsDefined(type);
    }

    public static bool TryParseReason(string? text, out MergeReason reason)
    {
        reason = default;
        return text is not null && Enum.TryParse(text, ignoreCase: false, out reason) && Enum.IsDefined(reason);
    }
}
