namespace AltSeason.TimeSeries.Statistics;

/// <summary>Spearman rank correlation: Pearson on ranks, ties sharing their average rank.</summary>
public static class Spearman
{
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
            throw new ArgumentException($"Spearman needs paired samples; got {x.Length} and {y.Length} values.", nameof(y));
        return Pearson.Correlation(Ranks.Of(x), Ranks.Of(y));
    }
}
