namespace AltSeason.Scoring.Model;

/// <summary>Units of score inputs, matching the units the publishing families write on their signals.</summary>
public static class Units
{
    public const string Flag = "bool";
    public const string Percent = "percent";
    public const string PercentagePoints = "percentage_points";
    public const string Fraction = "fraction";
    public const string Sessions = "sessions";
    public const string Correlation = "correlation";
    public const string Index = "index";
    public const string ZScore = "z";
}
