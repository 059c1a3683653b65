namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>The formats users can bring; pass one as <see cref="ParseRequest.Format"/> to skip detection.</summary>
public static class FormatIds
{
    public const string YahooCsv = "yahoo-csv";
    public const string YahooChartJson = "yahoo-chart-json";
    public const string StooqCsv = "stooq-csv";
    public const string FredCsv = "fred-csv";
    public const string CoinGeckoMarketChartJson = "coingecko-market-chart-json";
    public const string CoinGeckoGlobalJson = "coingecko-global-json";
    public const string CoinMarketCapHistoricalCsv = "cmc-historical-csv";
    public const string CoinMarketCapGlobalMetricsCsv = "cmc-global-metrics-csv";
    public const string BinanceAccountsRatioJson = "binance-longshort-accounts-json";
    public const string BinanceTopPositionsRatioJson = "binance-longshort-top-positions-json";
    public const string BinanceTakerRatioJson = "binance-taker-longshort-json";
    public const string BinanceFundingRateJson = "binance-funding-rate-json";
    public const string CryptoQuantFlowCsv = "cryptoquant-exchange-flow-csv";
    public const string CryptoQuantFlowJson = "cryptoquant-exchange-flow-json";

    /// <summary>Any CSV described by a <see cref="Csv.ColumnMapping"/>.</summary>
    public const string MappedCsv = "mapped-csv";

    /// <summary>Presets for the shapes in the reference data: daily bars (<c>RUT.csv</c>, <c>SPX.csv</c>).</summary>
    public const string DailyBarsCsv = "daily-bars-csv";

    /// <summary>Preset: many coins in one CSV (<c>coingecko_markets.csv</c>), one series per coin id.</summary>
    public const string CoinGeckoMarketsCsv = "coingecko-markets-csv";

    /// <summary>Preset: daily mean of 8-hour funding rates (<c>btc_funding_daily.csv</c>).</summary>
    public const string FundingDailyCsv = "funding-daily-csv";
}
