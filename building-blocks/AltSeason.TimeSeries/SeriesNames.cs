namespace AltSeason.TimeSeries;

/// <summary>
/// The platform's series names. Every service routes on them, so they are built here and nowhere else.
/// A name is lower-case path segments: <c>kind/instrument[/detail]</c>.
/// </summary>
public static class SeriesNames
{
    public const string Russell2000 = "equity/rut";
    public const string SP500 = "equity/spx";

    /// <summary>Whole-market crypto metrics: total and altcoin market cap, dominance, stablecoin cap.</summary>
    public const string CryptoGlobal = "crypto/global";

    public static string Equity(string symbol) => $"equity/{Normalise(symbol)}";

    /// <summary>Price, market cap and volume of one coin, keyed by its CoinGecko-style id (e.g. <c>bitcoin</c>).</summary>
    public static string Coin(string coinId) => $"coin/{Normalise(coinId)}";

    /// <summary>A long/short ratio of one futures symbol; <paramref name="kind"/> is one of <see cref="LongShortKinds"/>.</summary>
    public static string LongShort(string symbol, string kind) => $"derivatives/longshort/{Normalise(symbol)}/{kind}";

    public static string Funding(string symbol) => $"derivatives/funding/{Normalise(symbol)}";

    public static string OpenInterest(string symbol) => $"derivatives/open-interest/{Normalise(symbol)}";

    public static string Netflow(string token) => $"onchain/netflow/{Normalise(token)}";

    public static string Kind(string series) => series.Split('/')[0];

    static string Normalise(string part) => part.Trim().ToLowerInvariant();
}

/// <summary>Which of Binance's three long/short ratios a series holds.</summary>
public static class LongShortKinds
{
    public const string Accounts = "accounts";
    public const string TopTraderPositions = "top-positions";
    public const string TakerVolume = "taker-volume";
}

/// <summary>Field names shared by parsers and calculators.</summary>
public static class Fields
{
    public const string Open = "open";
    public const string High = "high";
    public const string Low = "low";
    public const string Close = "close";
    public const string Volume = "volume";
    public const string Price = "price";
    public const string MarketCapUsd = "market_cap_usd";
    public const string VolumeUsd = "volume_usd";
    public const string TotalMarketCapUsd = "total_market_cap_usd";
    public const string AltcoinMarketCapUsd = "altcoin_market_cap_usd";
    public const string StablecoinMarketCapUsd = "stablecoin_market_cap_usd";
    public const string BtcDominancePercent = "btc_dominance_percent";
    public const string EthDominancePercent = "eth_dominance_percent";
    public const string LongShortRatio = "long_short_ratio";
    public const string LongShare = "long_share";
    public const string ShortShare = "short_share";
    public const string FundingRate = "funding_rate";
    public const string FundingIntervalHours = "funding_interval_hours";
    public const string MarkPrice = "mark_price";
    public const string OpenInterestUsd = "open_interest_usd";
    public const string Inflow = "inflow";
    public const string Outflow = "outflow";
    public const string Netflow = "netflow";
    public const string InflowUsd = "inflow_usd";
    public const string OutflowUsd = "outflow_usd";
    public const string NetflowUsd = "netflow_usd";
}
