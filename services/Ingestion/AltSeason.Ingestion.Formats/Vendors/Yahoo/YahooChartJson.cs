using System.Text.Json;
using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Json;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.Yahoo;

/// <summary>
/// Yahoo v8 chart JSON: <c>chart.result[0]</c> holds <c>meta</c>, <c>timestamp</c> (seconds, at the session open) and
/// <c>indicators.quote[0]</c> with parallel <c>open/high/low/close/volume</c> arrays where <c>null</c> means no value.
/// A bar belongs to the session date in the exchange's time zone (<c>meta.gmtoffset</c>).
/// </summary>
sealed class YahooChartJson : IFormatParser
{
    static readonly (string Key, string Field)[] QuoteFields =
        [("open", Fields.Open), ("high", Fields.High), ("low", Fields.Low), ("close", Fields.Close), ("volume", Fields.Volume)];

    sealed class Chart
    {
        public Dictionary<string, JsonScalar> Meta { get; set; } = [];
        public List<JsonScalar>? Timestamps { get; set; }
        public Dictionary<string, List<JsonScalar>> Quote { get; } = new(StringComparer.Ordinal);
        public List<string> Messages { get; } = [];
    }

    public async Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken)
    {
        var reader = new JsonPullReader(content, context);
        var chart = new Chart();
        await reader.NextAsync(cancellationToken);
        await ReadObjectAsync(reader, context, chart, "", cancellationToken);

        if (chart.Timestamps is null)
            throw context.Fatal(reader.Line, "chart.result[0].timestamp",
                VendorMessages.Explain(chart.Messages, "no 'chart.result[0].timestamp' list: the response holds no bars"));
        if (!chart.Quote.ContainsKey("close"))
            throw context.Fatal(reader.Line, "indicators.quote[0].close", "the close prices are missing");

        var offset = chart.Meta.TryGetValue("gmtoffset", out var g) && g.TryGetNumber(out var seconds) is null ? seconds : 0;
        var series = chart.Meta.TryGetValue("symbol", out var symbol) && symbol.Kind == JsonTokenType.String
            ? InstrumentNames.Equity(symbol.Text)
            : InstrumentNames.EquityFromFile(context.FileName);
        foreach (var (key, values) in chart.Quote)
            if (values.Count != chart.Timestamps.Count)
                throw context.Fatal(reader.Line, key, $"'{key}' has {values.Count} values for {chart.Timestamps.Count} timestamps");

        var row = new List<FieldValue>();
        for (var i = 0; i < chart.Timestamps.Count; i++)
        {
            var stamp = chart.Timestamps[i];
            context.CountRow(stamp.Line);
            if (stamp.TryGetTime(out var time) is { } timeError) { context.Error(stamp.Line, $"timestamp[{i}]", timeError); continue; }
            row.Clear();
            var ok = true;
            foreach (var (key, field) in QuoteFields)
            {
                if (!chart.Quote.TryGetValue(key, out var values) || values[i].IsMissing) continue;
                var error = values[i].TryGetNumber(out var value) ?? FieldRules.Check(field, value);
                if (error is not null) { context.Error(values[i].Line, $"{key}[{i}]", error); ok = false; continue; }
                row.Add(new FieldValue(field, value));
            }
            if (!ok || row.Count == 0) continue;
            var session = Timestamps.Midnight(time.AddSeconds(offset));
            var problem = RowChecks.Find(row) ?? context.Rows.AddRow(series, session, stamp.Line, row);
            if (problem is not null) context.Error(stamp.Line, $"timestamp[{i}]", problem);
        }
    }

    /// <summary>Walks the object just opened, picking out the parts of the chart by their dotted path.</summary>
    static async Task ReadObjectAsync(JsonPullReader reader, ParseContext context, Chart chart, string path, CancellationToken ct)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw context.Fatal(reader.Line, path.Length == 0 ? null : path, "expected a JSON object (Yahoo chart response)");
        while (true)
        {
            await reader.NextAsync(ct);
            if (reader.TokenType == JsonTokenType.EndObject) return;
            var name = path.Length == 0 ? reader.Text : $"{path}.{reader.Text}";
            await reader.NextAsync(ct);
            switch (name, reader.TokenType)
            {
                case ("chart" or "chart.error" or "chart.result.indicators", JsonTokenType.StartObject):
                    await ReadObjectAsync(reader, context, chart, name, ct);
                    break;
                case ("chart.result" or "chart.result.indicators.quote", JsonTokenType.StartArray):
                    await ReadFirstElementAsync(reader, context, chart, name, ct);
                    break;
                case ("chart.result.meta", JsonTokenType.StartObject):
                    chart.Meta = await JsonRecords.ReadObjectAsync(reader, flattenNested: false, ct);
                    break;
                case ("chart.result.timestamp", JsonTokenType.StartArray):
                    chart.Timestamps = await JsonArrays.ReadScalarsAsync(reader, context, "timestamp", ct);
                    break;
                case (_, JsonTokenType.StartArray) when name.StartsWith("chart.result.indicators.quote.", StringComparison.Ordinal):
                    var key = name["chart.result.indicators.quote.".Length..];
                    chart.Quote[key] = await JsonArrays.ReadScalarsAsync(reader, context, key, ct);
                    break;
                case (_, JsonTokenType.String) when name.StartsWith("chart.error.", StringComparison.Ordinal):
                    chart.Messages.Add($"{name["chart.error.".Length..]}: {reader.Text}");
                    break;
                default:
                    await reader.SkipValueAsync(ct);
                    break;
            }
        }
    }

    /// <summary>Yahoo wraps single objects in one-element arrays; reads the first, skips any others.</summary>
    static async Task ReadFirstElementAsync(JsonPullReader reader, ParseContext context, Chart chart, string path, CancellationToken ct)
    {
        var first = true;
        while (true)
        {
            await reader.NextAsync(ct);
            if (reader.TokenType == JsonTokenType.EndArray) return;
            if (first && reader.TokenType == JsonTokenType.StartObject) await ReadObjectAsync(reader, context, chart, path, ct);
            else await reader.SkipValueAsync(ct);
            first = false;
        }
    }
}
