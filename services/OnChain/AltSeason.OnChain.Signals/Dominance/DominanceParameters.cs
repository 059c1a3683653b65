namespace AltSeason.OnChain.Signals;

/// <param name="Source">Which dominance figure to use; see <see cref="DominanceSource"/>.</param>
/// <param name="ChangeDays">Dominance change is reported in percentage points over this many days.</param>
/// <param name="BitcoinId">Coin id of bitcoin in <c>coin/{id}</c> series.</param>
public sealed record DominanceParameters(
    DominanceSource Source = DominanceSource.PreferReported,
    int ChangeDays = 30,
    string BitcoinId = "bitcoin")
{
    internal void Validate()
    {
        if (!Enum.IsDefined(Source))
            throw new OnChainParameterException($"{nameof(DominanceParameters)}.{nameof(Source)}", $"is not a known source: {(int)Source}");
        Require.Positive(ChangeDays, $"{nameof(DominanceParameters)}.{nameof(ChangeDays)}");
        Require.CoinId(BitcoinId, $"{nameof(DominanceParameters)}.{nameof(BitcoinId)}");
    }
}
