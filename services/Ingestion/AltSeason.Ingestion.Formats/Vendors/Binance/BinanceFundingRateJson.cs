using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Json;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Vendors.Binance;

/// <summary>
/// Binance <c>/fapi/v1/fundingRate</c>: <c>{symbol, fundingRate, fundingTime, markPrice}</c>, numbers as strings,
/// <c>markPrice</c> empty in old records. Binance does not state the interval, so it is the shortest gap between a
/// symbol's funding times (8 h when the file has a single record); signal code normalises rates with it.
/// </summary>
sealed class BinanceFundingRateJson : IFormatParser
{
    const double DefaultIntervalHours = 8;
    static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "data" };

    sealed record Funding(string Symbol, DateTimeOffset Time, int Line, double Rate, double? MarkPrice);

    public async Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken)
    {
        var records = new List<Funding>();
        await JsonRecords.ForEachAsync(new JsonPullReader(content, context), context, Wrappers, (values, line) =>
        {
            var record = new JsonRecord(values, context, line);
            var time = record.Time("fundingTime");
            var rate = record.Number("fundingRate", Fields.FundingRate);
            var mark = record.Number("markPrice", Fields.MarkPrice, required: false);
            if (rate is { } r && Math.Abs(r) > 0.05)
                record.Fail("fundingRate", $"funding rate {r} is beyond ±5% per interval; is it a percentage?");
            if (!record.Ok) return;
            var symbol = record.Text("symbol") ?? InstrumentNames.LeadingWord(context.FileName);
            records.Add(new Funding(symbol.ToLowerInvariant(), time!.Value, line, rate!.Value, mark));
        }, cancellationToken);

        foreach (var symbol in records.GroupBy(r => r.Symbol))
        {
            var interval = IntervalHours(symbol.Select(r => r.Time));
            foreach (var f in symbol)
            {
                var row = new List<FieldValue> { new(Fields.FundingRate, f.Rate), new(Fields.FundingIntervalHours, interval) };
                if (f.MarkPrice is { } mark) row.Add(new FieldValue(Fields.MarkPrice, mark));
                BinanceRows.Add(context, SeriesNames.Funding(symbol.Key), f.Time, f.Line, row);
            }
        }
    }

    static double IntervalHours(IEnumerable<DateTimeOffset> times)
    {
        var sorted = times.Distinct().Order().ToArray();
        var shortest = double.MaxValue;
        for (var i = 1; i < sorted.Length; i++)
            shortest = Math.Min(shortest, (sorted[i] - sorted[i - 1]).TotalHours);
        if (shortest == double.MaxValue) return DefaultIntervalHours;
        var hours = Math.Round(shortest);
        return hours is >= 1 and <= 24 ? hours : DefaultIntervalHours;
    }
}
