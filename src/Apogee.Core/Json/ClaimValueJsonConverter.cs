using System.Text.Json;
using System.Text.Json.Serialization;
using Apogee.Core.Model;

namespace Apogee.Core.Json;

/// <summary>Writes a claim value as the bare number, string or {"min","max"} object of the contract, and reads it back.</summary>
public sealed class ClaimValueJsonConverter : JsonConverter<ClaimValue>
{
    public override ClaimValue? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return ClaimValue.Of(reader.GetDouble());
            case JsonTokenType.String:
                return ClaimValue.Of(reader.GetString() ?? "");
            case JsonTokenType.StartObject:
                using (var doc = JsonDocument.ParseValue(ref reader))
                {
                    var root = doc.RootElement;
                    var min = root.TryGetProperty("min", out var mn) && mn.ValueKind == JsonValueKind.Number ? mn.GetInt32() : 0;
                    int? max = root.TryGetProperty("max", out var mx) && mx.ValueKind == JsonValueKind.Number ? mx.GetInt32() : null;
                    return ClaimValue.Of(new CountRange(min, max));
                }

            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"A claim value must be a number, a string or a count object, not {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ClaimValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } n)
        {
            writer.WriteNumberValue(n);
        }
        else if (value.Count is { } c)
        {
            writer.WriteStartObject();
            writer.WriteNumber("min", c.Min);
            if (c.Max is { } max) writer.WriteNumber("max", max);
            else writer.WriteNull("max");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
