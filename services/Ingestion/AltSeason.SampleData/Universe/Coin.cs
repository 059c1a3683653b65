namespace AltSeason.SampleData.Universe;

/// <summary>A coin of the generated universe, CoinGecko-style id and ticker, ranked by starting market cap.</summary>
public sealed record Coin(int Rank, string Id, string Symbol, CoinKind Kind)
{
    public bool HasFutures => Kind is CoinKind.Bitcoin or CoinKind.Ether or CoinKind.Altcoin;
    public string FuturesSymbol => $"{Symbol.ToUpperInvariant()}USDT";
}
