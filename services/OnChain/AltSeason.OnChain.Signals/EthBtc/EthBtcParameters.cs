namespace AltSeason.OnChain.Signals;

/// <param name="TrendDays">The trend line is fitted to ln(ETH/BTC) over this many days before the as-of date.</param>
/// <param name="BreakoutBand">
/// A breakout needs the day's ln ratio above the falling line by this many residual standard deviations; a plain
/// regression line is crossed half the time, so the band is what makes it a breakout.
/// </param>
public sealed record EthBtcParameters(
    int TrendDays = 90,
    double BreakoutBand = 2.0,
    string EthereumId = "ethereum",
    string BitcoinId = "bitcoin")
{
    internal void Validate()
    {
        // A residual spread needs at least three points.
        if (TrendDays < 3)
            throw new OnChainParameterException($"{nameof(EthBtcParameters)}.{nameof(TrendDays)}", $"must be at least 3, got {TrendDays}");
        Require.Between(BreakoutBand, 0, 10, $"{nameof(EthBtcParameters)}.{nameof(BreakoutBand)}");
        Require.CoinId(EthereumId, $"{nameof(EthBtcParameters)}.{nameof(EthereumId)}");
        Require.CoinId(BitcoinId, $"{nameof(EthBtcParameters)}.{nameof(BitcoinId)}");
    }
}
