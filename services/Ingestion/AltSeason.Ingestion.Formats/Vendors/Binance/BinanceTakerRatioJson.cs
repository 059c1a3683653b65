using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Json;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Vendors.Binance;

/// <summary>
/// Binance <c>/futures/data/takerlongshortRatio</c>: <c>{buySellRatio, buyVol, sellVol, timestamp}</c>, numbers as
/// strings and no symbol, so the symbol comes from the file name (<c>BTCUSDT-taker.json</c>) or the series override.
/// The shares are each side's part of the taker volume.
/// </summary>
sealed class BinanceTakerRatioJson : IFormatParser
{
    static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "data" };

    public Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken) =>
        JsonRecords.ForEachAsync(new JsonPullReader(content, context), context, Wrappers, (values, line) =>
        {
            var record = new JsonRecord(values, context, line);
            var time = record.Time("timestamp");
            var ratio = record.Number("buySellRatio", Fields.LongShortRatio);
            var buy = record.Number("buyVol", Fields.Volume);
            var sell = record.Number("sellVol", Fields.Volume);
            if (!record.Ok) return;

            var total = buy!.Value + sell!.Value;
            var row = new List<FieldValue> { new(Fields.LongShortRatio, ratio!.Value) };
            if (total > 0) row.AddRange([new(Fields.LongShare, buy.Value / total), new(Fields.ShortShare, sell.Value / total)]);
            var symbol = record.Text("symbol") ?? InstrumentNames.LeadingWord(context.FileName);
            BinanceRows.Add(context, SeriesNames.LongShort(symbol, LongShortKinds.TakerVolume), time!.Value, line, row);
        }, cancellationToken);
}
