using System.Text.Json;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Json;

/// <summary>Reads arrays of scalars, the columnar shape of Yahoo's chart JSON.</summary>
static class JsonArrays
{
    /// <summary>Reads the array whose StartArray was just read; nested values are reported and left out.</summary>
    public static async Task<List<JsonScalar>> ReadScalarsAsync(JsonPullReader reader, ParseContext context, string name,
        CancellationToken cancellationToken)
    {
        var items = new List<JsonScalar>();
        while (true)
        {
            await reader.NextAsync(cancellationToken);
            if (reader.TokenType == JsonTokenType.EndArray) return items;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                context.Error(reader.Line, $"{name}[{items.Count}]", "expected a number, got a nested value");
                await reader.SkipValueAsync(cancellationToken);
                items.Add(new JsonScalar(JsonTokenType.Null, "", double.NaN, reader.Line));
                continue;
            }
            items.Add(new JsonScalar(reader.TokenType, reader.Text, reader.Number, reader.Line));
        }
    }
}
