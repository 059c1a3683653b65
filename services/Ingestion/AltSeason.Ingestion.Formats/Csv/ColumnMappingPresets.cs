using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>
/// Named mappings for the CSV shapes of the reference data (<c>data/reference/README.md</c>); the service can
/// also offer them to users as starting points for their own mappings.
/// </summary>
public static class ColumnMappingPresets
{
    /// <summary><c>date,open,high,low,close,volume,wap,count</c> (RUT.csv, SPX.csv); <c>wap</c>/<c>count</c> are not platform fields.</summary>
    public static ColumnMapping DailyBars(string series) => new()
    {
        DateColumn = "date",
        Series = series,
        Fields = new Dictionary<string, string>
        {
            ["open"] = Fields.Open, ["high"] = Fields.High, ["low"] = Fields.Low, ["close"] = Fields.Close,
            ["volume"] = Fields.Volume,
        },
        OptionalColumns = ["volume"],
    };

    /// <summary>
    /// <c>coingecko_markets.csv</c>: many coins, one row per coin and date, one series per <c>id</c>.
    /// CoinGecko writes a market cap of 0 when it does not know it, so 0 is read as missing.
    /// </summary>
    public static ColumnMapping CoinGeckoMarkets { get; } = new()
    {
        DateColumn = "date",
        Series = "coin/{id}",
        Fields = new Dictionary<string, string>
        {
            ["current_price"] = Fields.Price, ["market_cap"] = Fields.MarketCapUsd, ["total_volume"] = Fields.VolumeUsd,
        },
        OptionalColumns = ["total_volume"],
        ZeroMeansMissing = ["market_cap"],
    };

    /// <summary>
    /// CoinMarketCap global metrics (<c>cmc_global.csv</c>, 38 columns). Its <c>date</c> is the snapshot time, about
    /// 01:45 UTC on D+1 for day D's close; <see cref="TimestampRule.SnapshotOfPreviousClose"/> assigns it to D.
    /// </summary>
    public static ColumnMapping CoinMarketCapGlobal { get; } = new()
    {
        DateColumn = "date",
        Timestamps = TimestampRule.SnapshotOfPreviousClose,
        Series = SeriesNames.CryptoGlobal,
        Delimiter = null,
        Fields = new Dictionary<string, string>
        {
            ["total_market_cap"] = Fields.TotalMarketCapUsd,
            ["altcoin_market_cap"] = Fields.AltcoinMarketCapUsd,
            ["stablecoin_market_cap"] = Fields.StablecoinMarketCapUsd,
            ["btc_dominance"] = Fields.BtcDominancePercent,
            ["eth_dominance"] = Fields.EthDominancePercent,
            ["total_volume_24h"] = Fields.VolumeUsd,
        },
        OptionalColumns = ["altcoin_market_cap", "stablecoin_market_cap", "eth_dominance", "total_volume_24h"],
    };

    /// <summary>
    /// <c>date,funding_mean,funding_abs</c> (btc_funding_daily.csv): the daily mean of a symbol's 8-hour rates, so each
    /// row carries an 8-hour interval; <c>funding_abs</c> (mean absolute rate) is not a platform field.
    /// </summary>
    public static ColumnMapping FundingDaily(string symbol) => new()
    {
        DateColumn = "date",
        Series = SeriesNames.Funding(symbol),
        Fields = new Dictionary<string, string> { ["funding_mean"] = Fields.FundingRate },
        Constants = new Dictionary<string, double> { [Fields.FundingIntervalHours] = 8 },
    };
}
