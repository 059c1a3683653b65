namespace AltSeason.OnChain.Signals;

/// <summary>Share of the altcoin universe at least the threshold below its all-time high.</summary>
/// <param name="SharePercent">100 × DeepCount / CoinsCounted; null when no coin qualified to be counted.</param>
/// <param name="CoinsCounted">Universe coins with a price that day and enough history for their ATH to mean something.</param>
public sealed record DeepDrawdownShare(double? SharePercent, int DeepCount, int CoinsCounted)
{
    public static DeepDrawdownShare From(IEnumerable<CoinDrawdown> universeDrawdowns, DrawdownParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var counted = universeDrawdowns.Where(d => d.HistoryDays >= parameters.MinimumHistoryDays).ToList();
        var deep = counted.Count(d => d.Drawdown <= -parameters.DeepThreshold);
        return new(counted.Count > 0 ? 100.0 * deep / counted.Count : null, deep, counted.Count);
    }
}
