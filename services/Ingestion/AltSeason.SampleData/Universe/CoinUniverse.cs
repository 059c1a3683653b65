namespace AltSeason.SampleData.Universe;

/// <summary>
/// Real ids and tickers for the top of the universe (so stablecoin, wrapped and staking rules meet the names they
/// must exclude), then numbered altcoins for any size beyond.
/// </summary>
public static class CoinUniverse
{
    static readonly (string Id, string Symbol, CoinKind Kind)[] Known =
    [
        ("bitcoin", "btc", CoinKind.Bitcoin), ("ethereum", "eth", CoinKind.Ether), ("tether", "usdt", CoinKind.Stablecoin),
        ("ripple", "xrp", CoinKind.Altcoin), ("binancecoin", "bnb", CoinKind.Altcoin), ("solana", "sol", CoinKind.Altcoin),
        ("usd-coin", "usdc", CoinKind.Stablecoin), ("staked-ether", "steth", CoinKind.LiquidStaking),
        ("dogecoin", "doge", CoinKind.Altcoin), ("cardano", "ada", CoinKind.Altcoin), ("tron", "trx", CoinKind.Altcoin),
        ("wrapped-bitcoin", "wbtc", CoinKind.Wrapped), ("chainlink", "link", CoinKind.Altcoin),
        ("avalanche-2", "avax", CoinKind.Altcoin), ("sui", "sui", CoinKind.Altcoin), ("stellar", "xlm", CoinKind.Altcoin),
        ("dai", "dai", CoinKind.Stablecoin), ("hedera-hashgraph", "hbar", CoinKind.Altcoin), ("shiba-inu", "shib", CoinKind.Altcoin),
        ("polkadot", "dot", CoinKind.Altcoin), ("litecoin", "ltc", CoinKind.Altcoin), ("bitcoin-cash", "bch", CoinKind.Altcoin),
        ("wrapped-steth", "wsteth", CoinKind.LiquidStaking), ("uniswap", "uni", CoinKind.Altcoin), ("near", "near", CoinKind.Altcoin),
        ("aptos", "apt", CoinKind.Altcoin), ("pepe", "pepe", CoinKind.Altcoin), ("ethena-usde", "usde", CoinKind.Stablecoin),
        ("internet-computer", "icp", CoinKind.Altcoin), ("monero", "xmr", CoinKind.Altcoin), ("ethereum-classic", "etc", CoinKind.Altcoin),
        ("render-token", "render", CoinKind.Altcoin), ("arbitrum", "arb", CoinKind.Altcoin), ("weth", "weth", CoinKind.Wrapped),
        ("optimism", "op", CoinKind.Altcoin), ("injective-protocol", "inj", CoinKind.Altcoin), ("filecoin", "fil", CoinKind.Altcoin),
        ("cosmos", "atom", CoinKind.Altcoin), ("aave", "aave", CoinKind.Altcoin), ("kaspa", "kas", CoinKind.Altcoin),
    ];

    public static IReadOnlyList<Coin> Create(int count) =>
        Enumerable.Range(1, count).Select(rank => rank <= Known.Length
            ? new Coin(rank, Known[rank - 1].Id, Known[rank - 1].Symbol, Known[rank - 1].Kind)
            : new Coin(rank, $"altcoin-{rank:D4}", $"alt{rank:D4}", CoinKind.Altcoin)).ToArray();
}
