using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.CoinMarketCap;

/// <summary>
/// CoinMarketCap "historical data" download, semicolon-separated and quoted:
/// <c>timeOpen;timeClose;timeHigh;timeLow;name;open;high;low;close;volume;marketCap;timestamp</c>.
/// A row is the UTC day that <c>timeOpen</c> starts; the coin comes from the file name
/// (<c>Bitcoin_1_1_2024-…_historical_data_coinmarketcap.csv</c> → <c>coin/bitcoin</c>) or the series override.
/// </summary>
static class CoinMarketCapHistoricalCsv
{
    public static IFormatParser Parser { get; } = new CsvTableParser(';', (context, _, _) => new CsvLayout(
        "timeOpen", null, TimestampRule.UtcCalendarDate,
        [
            new("open", Fields.Open), new("high", Fields.High), new("low", Fields.Low), new("close", Fields.Price),
            new("volume", Fields.VolumeUsd, Required: false), new("marketCap", Fields.MarketCapUsd, Required: false),
        ],
        SeriesNames.Coin(InstrumentNames.LeadingWord(context.FileName)),
        []));
}
