namespace AltSeason.OnChain.Signals;

/// <summary>Units written on flat signals.</summary>
public static class SignalUnits
{
    public const string Usd = "usd";
    public const string Percent = "percent";
    public const string PercentagePoints = "percentage_points";
    public const string PercentPerDay = "percent_per_day";
    public const string Ratio = "ratio";
    public const string Bool = "bool";
    public const string Index = "index";
    public const string Count = "count";
    public const string ZScore = "z";
    public const string TokenUnits = "token_units";
}
