namespace AltSeason.Equities.Signals.YearToDate;

/// <summary>close / last close of the previous calendar year − 1, and that base close.</summary>
public readonly record struct YearToDateResult(double Return, DateOnly BaseDate, double BaseClose);
