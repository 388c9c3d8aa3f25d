using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Tests.Support;

/// <summary>
/// A JSON Schema (draft 2020-12) validator for the keywords PaperGraph's schemas use: type, const,
/// enum, required, properties, additionalProperties, items, minimum and local $ref ("#/$defs/x").
/// A schema using any other keyword is rejected rather than half-checked.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Supported =
    [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum",
        "required", "properties", "additionalProperties", "items", "minimum",
    ];

    private readonly JsonElement root;

    public JsonSchemaValidator(JsonElement schema)
    {
        root = schema;
        CheckKeywords(schema, "#");
    }

    public static JsonSchemaValidator Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new JsonSchemaValidator(document.RootElement.Clone());
    }

    /// <summary>Every violation, as "path: what is wrong"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(root, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), value, path, errors);
        }
        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            errors.Add($"{path}: {value.ValueKind} is not of type {type.GetRawText()}");
            return;
        }
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value.GetRawText()} is not {constant.GetRawText()}");
        }
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {options.GetRawText()}");
        }
        if (schema.TryGetProperty("minimum", out var minimum) && value.ValueKind == JsonValueKind.Number && value.GetDouble() < minimum.GetDouble())
        {
            errors.Add($"{path}: {value.GetRawText()} is below the minimum {minimum.GetRawText()}");
        }
        if (value.ValueKind == JsonValueKind.Object) ValidateObject(schema, value, path, errors);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var element in value.EnumerateArray()) Validate(items, element, $"{path}[{i++}]", errors);
        }
    }

    private void ValidateObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: required property \"{name}\" is missing");
            }
        }
        var declared = schema.TryGetProperty("properties", out var properties);
        foreach (var property in value.EnumerateObject())
        {
            var child = $"{path}.{property.Name}";
            if (declared && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, child, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False) errors.Add($"{child}: property not allowed");
                else if (additional.ValueKind == JsonValueKind.Object) Validate(additional, property.Value, child, errors);
            }
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value))
            : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsInteger(value),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"type \"{type}\" is not a JSON Schema type"),
    };

    private static bool IsInteger(JsonElement value) =>
        value.TryGetInt64(out _) || (double.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Floor(d) == d);

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)) throw new NotSupportedException($"$ref \"{reference}\" is not a local #/$defs reference");
        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private static void CheckKeywords(JsonElement schema, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object) return;
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Supported.Contains(keyword.Name)) throw new NotSupportedException($"{path}: keyword \"{keyword.Name}\" is not supported by this validator");
            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject()) CheckKeywords(child.Value, $"{path}/{keyword.Name}/{child.Name}");
                    break;
                case "items" or "additionalProperties":
                    CheckKeywords(keyword.Value, $"{path}/{keyword.Name}");
                    break;
            }
        }
    }
}
