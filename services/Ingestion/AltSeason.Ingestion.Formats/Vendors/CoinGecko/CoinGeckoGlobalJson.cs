using System.Text.Json;
using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Json;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.CoinGecko;

/// <summary>
/// CoinGecko <c>/global</c>: one snapshot of the whole market (<c>data.total_market_cap.usd</c>,
/// <c>data.total_volume.usd</c>, <c>data.market_cap_percentage.btc/eth</c>, <c>data.updated_at</c> in seconds).
/// Dated like every global-metrics snapshot: <see cref="TimestampRule.SnapshotOfPreviousClose"/>.
/// </summary>
sealed class CoinGeckoGlobalJson : IFormatParser
{
    public async Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken)
    {
        var reader = new JsonPullReader(content, context);
        await reader.NextAsync(cancellationToken);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw context.Fatal(reader.Line, null, "expected a JSON object with 'data'");
        var values = await JsonRecords.ReadObjectAsync(reader, flattenNested: true, cancellationToken);
        if (!values.TryGetValue("data.total_market_cap.usd", out var total))
            throw context.Fatal(reader.Line, "data.total_market_cap.usd", VendorMessages.Explain(
                values.Where(v => VendorMessages.IsMessage(v.Key.Split('.')[^1])).Select(v => $"{v.Key}: {v.Value.Text}").ToArray(),
                "'data.total_market_cap.usd' is missing"));

        var line = total.Line;
        context.CountRow(line);
        var record = new JsonRecord(values, context, line);
        var time = record.Time("data.updated_at");
        var row = new List<FieldValue>();
        void Add(string key, string field, bool required)
        {
            if (record.Number(key, field, required) is { } value) row.Add(new FieldValue(field, value));
        }
        Add("data.total_market_cap.usd", Fields.TotalMarketCapUsd, required: true);
        Add("data.total_volume.usd", Fields.VolumeUsd, required: false);
        Add("data.market_cap_percentage.btc", Fields.BtcDominancePercent, required: true);
        Add("data.market_cap_percentage.eth", Fields.EthDominancePercent, required: false);
        if (!record.Ok) return;
        context.Rows.AddRow(SeriesNames.CryptoGlobal, Timestamps.Apply(time!.Value, TimestampRule.SnapshotOfPreviousClose), line, row);
    }
}
