using System.Text.Json;
using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Json;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.CoinGecko;

/// <summary>
/// CoinGecko <c>/coins/{id}/market_chart</c>: <c>prices</c>, <c>market_caps</c>, <c>total_volumes</c> as
/// <c>[ms, value]</c> pairs. Reduced to one value per UTC date, the latest point of that date (sub-daily granularity
/// and the trailing "now" point would otherwise give one date several values). A market cap of 0 means unknown.
/// The coin id comes from the file name (<c>bitcoin.json</c>) or the series override.
/// </summary>
sealed class CoinGeckoMarketChartJson : IFormatParser
{
    static readonly Dictionary<string, string> ArrayFields = new(StringComparer.Ordinal)
    {
        ["prices"] = Fields.Price, ["market_caps"] = Fields.MarketCapUsd, ["total_volumes"] = Fields.VolumeUsd,
    };

    public async Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken)
    {
        var reader = new JsonPullReader(content, context);
        await reader.NextAsync(cancellationToken);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw context.Fatal(reader.Line, null, "expected a JSON object with 'prices', 'market_caps' and 'total_volumes'");

        var days = new SortedDictionary<DateOnly, DayPoints>();
        var messages = new List<string>();
        var sawPrices = false;
        while (true)
        {
            await reader.NextAsync(cancellationToken);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            var name = reader.Text;
            await reader.NextAsync(cancellationToken);
            if (ArrayFields.TryGetValue(name, out var field) && reader.TokenType == JsonTokenType.StartArray)
            {
                sawPrices |= field == Fields.Price;
                await ReadPairsAsync(reader, context, name, field, days, cancellationToken);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
                messages.AddRange((await JsonRecords.ReadObjectAsync(reader, flattenNested: true, cancellationToken))
                    .Where(kv => VendorMessages.IsMessage(kv.Key.Split('.')[^1])).Select(kv => $"{kv.Key}: {kv.Value.Text}"));
            else if (VendorMessages.IsMessage(name)) messages.Add($"{name}: {reader.Text}");
            else await reader.SkipValueAsync(cancellationToken);
        }
        if (!sawPrices)
            throw context.Fatal(reader.Line, "prices", VendorMessages.Explain(messages, "the 'prices' list is missing"));

        var series = SeriesNames.Coin(InstrumentNames.LeadingWord(context.FileName));
        foreach (var (date, points) in days)
        {
            var row = points.Values.Values.Select(p => new FieldValue(p.Field, p.Value)).ToArray();
            var line = points.Values.Values.Max(p => p.Line);
            var time = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (context.Rows.AddRow(series, time, line, row) is { } conflict)
                context.Error(line, null, conflict);
        }
    }

    static async Task ReadPairsAsync(JsonPullReader reader, ParseContext context, string name, string field,
        SortedDictionary<DateOnly, DayPoints> days, CancellationToken cancellationToken)
    {
        // Hundreds of thousands of pairs per file: one list for all of them, and a column name only for an error.
        var pair = new List<JsonScalar>(2);
        for (var index = 0; ; index++)
        {
            await reader.NextAsync(cancellationToken);
            if (reader.TokenType == JsonTokenType.EndArray) return;
            var line = reader.Line;
            var column = new ArrayName(name, index);
            context.CountRow(line);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                context.Error(line, column.Text, "expected a [timestamp, value] pair");
                await reader.SkipValueAsync(cancellationToken);
                continue;
            }
            await JsonArrays.ReadScalarsAsync(reader, context, column, pair, cancellationToken);
            if (pair.Count != 2) { context.Error(line, column.Text, $"expected a [timestamp, value] pair, got {pair.Count} items"); continue; }
            if (pair[0].TryGetTime(out var time) is { } timeError) { context.Error(line, column.Text, timeError); continue; }
            if (pair[1].IsMissing) continue;
            if (pair[1].TryGetNumber(out var value) is { } numberError) { context.Error(line, column.Text, numberError); continue; }
            if (field == Fields.MarketCapUsd && value == 0) continue;
            if (FieldRules.Check(field, value) is { } ruleError) { context.Error(line, column.Text, ruleError); continue; }

            var date = DateOnly.FromDateTime(time.UtcDateTime);
            if (!days.TryGetValue(date, out var points)) days[date] = points = new DayPoints();
            if (points.Offer(field, time, value, line) is { } conflict) context.Error(line, column.Text, conflict);
        }
    }

    /// <summary>The latest point of each field on one date.</summary>
    sealed class DayPoints
    {
        public Dictionary<string, (string Field, DateTimeOffset Time, double Value, int Line)> Values { get; } = new(StringComparer.Ordinal);

        public string? Offer(string field, DateTimeOffset time, double value, int line)
        {
            if (Values.TryGetValue(field, out var held))
            {
                if (held.Time == time && !held.Value.Equals(value))
                    return $"duplicate timestamp {time:yyyy-MM-dd HH:mm:ss} with {value}, but line {held.Line} gave {held.Value}";
                if (held.Time >= time) return null;
            }
            Values[field] = (field, time, value, line);
            return null;
        }
    }
}
