using System.Text.Json;
using AltSeason.Scoring.Model;
using AltSeason.TimeSeries;

namespace AltSeason.Scoring.Components;

/// <summary>
/// Reads a stored <see cref="ComponentRecorded"/> for scoring, decoding only the values some published score model
/// reads. A score reads a handful of each family's signals by name (<see cref="SignalInputs"/>), while a component
/// stores all of them (the event keeps them all): decoding every value was most of a score replay's time, and the
/// component cache holds less (it did not lower Scoring's peak memory, measured: batches' garbage drives that).
/// Leaving the others out cannot change a score.
/// </summary>
internal static class ComponentReader
{
    static readonly Dictionary<string, HashSet<string>> ReadByFamily = ScoreModels.All
        .SelectMany(m => m.Components).SelectMany(c => c.Inputs).Select(i => i.Signal)
        .GroupBy(s => s.Family, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(s => s.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <exception cref="JsonException">The event is not a readable component.</exception>
    public static ComponentRecorded Read(byte[] utf8, JsonSerializerOptions options)
    {
        // The header's own fields through the serializer (it skips "values" without building anything).
        var header = JsonSerializer.Deserialize<ComponentHeader>(utf8, options) ?? throw new JsonException("the component is null.");
        var wanted = header.Family is { } family && ReadByFamily.TryGetValue(family, out var names) ? names : [];
        return new ComponentRecorded(header.Family!, header.AsOf, ReadValues(utf8, wanted, options), header.ModelVersion!, header.CodeVersion!,
            header.InputsSha256!, header.Source!, header.ReceivedVia!);
    }

    /// <summary>The elements of the top-level "values" array whose name is wanted, decoded; the rest only tokenized.</summary>
    static List<SignalValue> ReadValues(byte[] utf8, HashSet<string> wanted, JsonSerializerOptions options)
    {
        string Name(string clrName) => options.PropertyNamingPolicy?.ConvertName(clrName) ?? clrName;
        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var (valuesName, nameName) = (Name(nameof(ComponentRecorded.Values)), Name(nameof(SignalValue.Name)));
        var values = new List<SignalValue>();
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isValues = string.Equals(reader.GetString(), valuesName, comparison);
            reader.Read();
            if (!isValues || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            values.Clear(); // a repeated property: the last one counts, as with the serializer
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    values.Add(JsonSerializer.Deserialize<SignalValue>(ref reader, options)!); // null, or the serializer's error
                    continue;
                }
                var start = (int)reader.TokenStartIndex;
                string? name = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isName = string.Equals(reader.GetString(), nameName, comparison);
                    reader.Read();
                    if (isName && reader.TokenType == JsonTokenType.String) name = reader.GetString();
                    else reader.Skip();
                }
                if (name is not null && !wanted.Contains(name)) continue;
                values.Add(JsonSerializer.Deserialize<SignalValue>(utf8.AsSpan(start, (int)reader.BytesConsumed - start), options)!);
            }
        }
        return values;
    }

    sealed record ComponentHeader(string? Family, DateOnly AsOf, string? ModelVersion, string? CodeVersion, string? InputsSha256,
        SourceEvaluation? Source, string? ReceivedVia);
}
