using System.Text.Json;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Json;

/// <summary>Shapes most vendor JSON shares: a list of flat records, maybe wrapped in <c>{"data": [...]}</c>.</summary>
static class JsonRecords
{
    /// <summary>
    /// Calls <paramref name="onRecord"/> for each object of the record array: the root array, or the array found
    /// under one of <paramref name="wrappers"/> (e.g. CryptoQuant's <c>result.data</c>).
    /// </summary>
    public static async Task ForEachAsync(JsonPullReader reader, ParseContext context, IReadOnlySet<string> wrappers,
        Action<IReadOnlyDictionary<string, JsonScalar>, int> onRecord, CancellationToken cancellationToken)
    {
        await reader.NextAsync(cancellationToken);
        var vendorMessages = new List<string>();
        if (!await FindArrayAsync(reader, wrappers, vendorMessages, cancellationToken))
            throw context.Fatal(reader.Line, null, VendorMessages.Explain(vendorMessages,
                $"no list of records found (looked at the top level and under {string.Join(", ", wrappers.Select(w => $"'{w}'"))})"));

        while (true)
        {
            await reader.NextAsync(cancellationToken);
            if (reader.TokenType == JsonTokenType.EndArray) return;
            var line = reader.Line;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.Error(line, null, $"expected a record object in the list, got {reader.TokenType}");
                await reader.SkipValueAsync(cancellationToken);
                continue;
            }
            var record = await ReadObjectAsync(reader, flattenNested: false, cancellationToken);
            context.CountRow(line);
            onRecord(record, line);
        }
    }

    /// <summary>Reads the object whose StartObject was just read; nested objects become dotted paths when asked.</summary>
    public static Task<Dictionary<string, JsonScalar>> ReadObjectAsync(JsonPullReader reader, bool flattenNested,
        CancellationToken cancellationToken) =>
        ReadObjectAsync(reader, flattenNested, "", new Dictionary<string, JsonScalar>(StringComparer.Ordinal), cancellationToken);

    static async Task<Dictionary<string, JsonScalar>> ReadObjectAsync(JsonPullReader reader, bool flattenNested,
        string prefix, Dictionary<string, JsonScalar> into, CancellationToken cancellationToken)
    {
        while (true)
        {
            await reader.NextAsync(cancellationToken);
            if (reader.TokenType == JsonTokenType.EndObject) return into;
            var name = prefix + reader.Text;
            await reader.NextAsync(cancellationToken);
            if (reader.TokenType == JsonTokenType.StartObject && flattenNested)
                await ReadObjectAsync(reader, flattenNested, name + ".", into, cancellationToken);
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                await reader.SkipValueAsync(cancellationToken);
            else
                into[name] = new JsonScalar(reader.TokenType, reader.Text, reader.Number, reader.Line);
        }
    }

    /// <summary>Walks objects until the record array; collects vendor error texts met on the way.</summary>
    static async Task<bool> FindArrayAsync(JsonPullReader reader, IReadOnlySet<string> wrappers, List<string> vendorMessages,
        CancellationToken ct)
    {
        if (reader.TokenType == JsonTokenType.StartArray) return true;
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        while (true)
        {
            await reader.NextAsync(ct);
            if (reader.TokenType == JsonTokenType.EndObject) return false;
            var name = reader.Text;
            await reader.NextAsync(ct);
            if (reader.TokenType == JsonTokenType.StartArray && wrappers.Contains(name)) return true;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                if (await FindArrayAsync(reader, wrappers, vendorMessages, ct)) return true;
            }
            else if (reader.TokenType == JsonTokenType.StartArray) await reader.SkipValueAsync(ct);
            else if (VendorMessages.IsMessage(name) && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                vendorMessages.Add($"{name}: {reader.Text}");
        }
    }
}
