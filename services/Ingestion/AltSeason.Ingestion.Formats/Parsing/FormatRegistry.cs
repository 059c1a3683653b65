using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Vendors;
using AltSeason.Ingestion.Formats.Vendors.Binance;
using AltSeason.Ingestion.Formats.Vendors.CoinGecko;
using AltSeason.Ingestion.Formats.Vendors.CoinMarketCap;
using AltSeason.Ingestion.Formats.Vendors.CryptoQuant;
using AltSeason.Ingestion.Formats.Vendors.Fred;
using AltSeason.Ingestion.Formats.Vendors.Stooq;
using AltSeason.Ingestion.Formats.Vendors.Yahoo;

namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>Format id → parser.</summary>
static class FormatRegistry
{
    static readonly Dictionary<string, IFormatParser> Parsers = new(StringComparer.OrdinalIgnoreCase)
    {
        [FormatIds.YahooCsv] = YahooCsv.Parser,
        [FormatIds.YahooChartJson] = new YahooChartJson(),
        [FormatIds.StooqCsv] = StooqCsv.Parser,
        [FormatIds.FredCsv] = FredCsv.Parser,
        [FormatIds.CoinGeckoMarketChartJson] = new CoinGeckoMarketChartJson(),
        [FormatIds.CoinGeckoGlobalJson] = new CoinGeckoGlobalJson(),
        [FormatIds.CoinMarketCapHistoricalCsv] = CoinMarketCapHistoricalCsv.Parser,
        [FormatIds.CoinMarketCapGlobalMetricsCsv] = CoinMarketCapGlobalMetricsCsv.Parser,
        [FormatIds.BinanceAccountsRatioJson] = new BinanceLongShortJson(LongShortKinds.Accounts),
        [FormatIds.BinanceTopPositionsRatioJson] = new BinanceLongShortJson(LongShortKinds.TopTraderPositions),
        [FormatIds.BinanceTakerRatioJson] = new BinanceTakerRatioJson(),
        [FormatIds.BinanceFundingRateJson] = new BinanceFundingRateJson(),
        [FormatIds.CryptoQuantFlowCsv] = CryptoQuantFlowCsv.Parser,
        [FormatIds.CryptoQuantFlowJson] = new CryptoQuantFlowJson(),
        [FormatIds.MappedCsv] = MappedCsv.FromRequest,
        [FormatIds.DailyBarsCsv] = MappedCsv.For(c => ColumnMappingPresets.DailyBars(InstrumentNames.EquityFromFile(c.FileName))),
        [FormatIds.CoinGeckoMarketsCsv] = MappedCsv.For(_ => ColumnMappingPresets.CoinGeckoMarkets),
        [FormatIds.FundingDailyCsv] = MappedCsv.For(c => ColumnMappingPresets.FundingDaily(FundingSymbol(c.FileName))),
    };

    public static IReadOnlyCollection<string> Ids => Parsers.Keys;

    public static IFormatParser? Find(string format) => Parsers.GetValueOrDefault(format);

    /// <summary><c>btc_funding_daily.csv</c> → <c>btcusdt</c>: a bare coin symbol means its USDT perpetual.</summary>
    static string FundingSymbol(string fileName)
    {
        var word = InstrumentNames.LeadingWord(fileName);
        return word.EndsWith("usdt", StringComparison.Ordinal) || word.EndsWith("usd", StringComparison.Ordinal) ? word : word + "usdt";
    }
}
