namespace AltSeason.Derivatives.Family;

/// <summary>
/// Which coin a futures symbol tracks (<c>solusdt</c> → <c>solana</c>): series names carry the symbol, market caps
/// are keyed by coin id, and nothing in the data links them. A symbol without an entry gets no rank or leverage.
/// </summary>
public sealed class ContractMap(IReadOnlyDictionary<string, string> coinIdByTicker)
{
    static readonly string[] QuoteSuffixes = ["usdt", "usdc", "busd", "usd"];

    /// <summary>The largest coins' tickers (CoinGecko ids), the same names the sample data and reference files use.</summary>
    public static ContractMap Default { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["btc"] = "bitcoin", ["eth"] = "ethereum", ["xrp"] = "ripple", ["bnb"] = "binancecoin", ["sol"] = "solana",
        ["doge"] = "dogecoin", ["ada"] = "cardano", ["trx"] = "tron", ["link"] = "chainlink", ["avax"] = "avalanche-2",
        ["sui"] = "sui", ["xlm"] = "stellar", ["hbar"] = "hedera-hashgraph", ["shib"] = "shiba-inu", ["dot"] = "polkadot",
        ["ltc"] = "litecoin", ["bch"] = "bitcoin-cash", ["uni"] = "uniswap", ["near"] = "near", ["apt"] = "aptos",
        ["pepe"] = "pepe", ["icp"] = "internet-computer", ["xmr"] = "monero", ["etc"] = "ethereum-classic",
        ["render"] = "render-token", ["arb"] = "arbitrum", ["op"] = "optimism", ["inj"] = "injective-protocol",
        ["fil"] = "filecoin", ["atom"] = "cosmos", ["aave"] = "aave", ["kas"] = "kaspa",
    });

    /// <summary>The coin id of a symbol, or null when unknown.</summary>
    public string? CoinOf(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var ticker = symbol.ToLowerInvariant();
        var quote = QuoteSuffixes.FirstOrDefault(q => ticker.Length > q.Length && ticker.EndsWith(q, StringComparison.Ordinal));
        if (quote is not null) ticker = ticker[..^quote.Length];
        return coinIdByTicker.TryGetValue(ticker, out var id) ? id : null;
    }
}
