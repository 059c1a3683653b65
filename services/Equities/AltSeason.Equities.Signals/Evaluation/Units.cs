namespace AltSeason.Equities.Signals.Evaluation;

/// <summary>The units equities values travel with. Returns and distances are fractions (0.05 = 5%).</summary>
public static class Units
{
    public const string IndexPoints = "index_points";
    public const string Fraction = "fraction";
    public const string Ratio = "ratio";
    public const string Sessions = "sessions";
    public const string Days = "days";
    public const string Bool = "bool";
    public const string Usd = "usd";
    public const string CorrelationCoefficient = "correlation";
    public const string Count = "count";
    public const string Score = "score_0_1";
    public const string FStatistic = "f_statistic";
    public const string Probability = "probability";
}
