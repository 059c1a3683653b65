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
        await ReadScalarsAsync(reader, context, new ArrayName(name, null), items, cancellationToken);
        return items;
    }

    /// <summary>
    /// Reads into <paramref name="items"/> (cleared first), so a caller reading millions of small arrays reuses one
    /// list; the array's name is only spelled out when an error needs it.
    /// </summary>
    public static async ValueTask ReadScalarsAsync(JsonPullReader reader, ParseContext context, ArrayName name, List<JsonScalar> items,
        CancellationToken cancellationToken)
    {
        items.Clear();
        while (true)
        {
            await reader.NextAsync(cancellationToken);
            if (reader.TokenType == JsonTokenType.EndArray) return;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                context.Error(reader.Line, $"{name.Text}[{items.Count}]", "expected a number, got a nested value");
                await reader.SkipValueAsync(cancellationToken);
                items.Add(new JsonScalar(JsonTokenType.Null, "", double.NaN, reader.Line));
                continue;
            }
            items.Add(new JsonScalar(reader.TokenType, reader.Text, reader.Number, reader.Line));
        }
    }
}

/// <summary>An array's name for error messages: <c>prices</c>, or an element of one, <c>prices[12]</c>, built on demand.</summary>
readonly record struct ArrayName(string Name, int? Index)
{
    public string Text => Index is { } index ? $"{Name}[{index}]" : Name;
}
