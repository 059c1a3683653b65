using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Json;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Vendors.Binance;

/// <summary>
/// Binance futures long/short ratio endpoints (<c>/futures/data/globalLongShortAccountRatio</c> and
/// <c>topLongShortPositionRatio</c>): a list of <c>{symbol, longShortRatio, longAccount, shortAccount, timestamp}</c>
/// with numbers sent as strings. The timestamp (ms) opens the period and is kept as given.
/// </summary>
sealed class BinanceLongShortJson(string kind) : IFormatParser
{
    static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "data" };

    public Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken) =>
        JsonRecords.ForEachAsync(new JsonPullReader(content, context), context, Wrappers, (values, line) =>
        {
            var record = new JsonRecord(values, context, line);
            var time = record.Time("timestamp");
            var ratio = record.Number("longShortRatio", Fields.LongShortRatio);
            var longShare = record.Number("longAccount", Fields.LongShare);
            var shortShare = record.Number("shortAccount", Fields.ShortShare);
            if (!record.Ok) return;

            if (Math.Abs(longShare!.Value + shortShare!.Value - 1) > 0.01)
                record.Fail(null, $"longAccount {longShare} and shortAccount {shortShare} do not add up to 1");
            else if (shortShare.Value > 0 && !RatioMatches(ratio!.Value, longShare.Value / shortShare.Value))
                record.Fail("longShortRatio", $"longShortRatio {ratio} is not longAccount / shortAccount ({longShare / shortShare:0.####})");
            if (!record.Ok) return;

            var symbol = record.Text("symbol") ?? InstrumentNames.LeadingWord(context.FileName);
            BinanceRows.Add(context, SeriesNames.LongShort(symbol, kind), time!.Value, line,
            [
                new FieldValue(Fields.LongShortRatio, ratio!.Value), new FieldValue(Fields.LongShare, longShare.Value),
                new FieldValue(Fields.ShortShare, shortShare.Value),
            ]);
        }, cancellationToken);

    // Binance rounds the ratio and the shares to 4 decimals independently.
    static bool RatioMatches(double given, double computed) =>
        Math.Abs(given - computed) <= 0.01 * Math.Max(1, computed) + 1e-4;
}
