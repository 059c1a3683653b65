namespace AltSeason.OnChain.Signals;

/// <param name="ShortSumDays">Rolling sum window (calendar days, all must be present).</param>
/// <param name="LongSumDays">Second rolling sum window.</param>
/// <param name="ZScoreHistoryDays">The day's netflow is scored against the mean and spread of this many prior days.</param>
public sealed record NetflowParameters(int ShortSumDays = 7, int LongSumDays = 30, int ZScoreHistoryDays = 90)
{
    internal void Validate()
    {
        Require.Positive(ShortSumDays, $"{nameof(NetflowParameters)}.{nameof(ShortSumDays)}");
        Require.Positive(LongSumDays, $"{nameof(NetflowParameters)}.{nameof(LongSumDays)}");
        // A standard deviation needs two points.
        if (ZScoreHistoryDays < 2)
            throw new OnChainParameterException($"{nameof(NetflowParameters)}.{nameof(ZScoreHistoryDays)}", $"must be at least 2, got {ZScoreHistoryDays}");
    }
}
