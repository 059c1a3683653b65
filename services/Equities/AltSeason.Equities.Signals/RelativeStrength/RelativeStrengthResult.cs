namespace AltSeason.Equities.Signals.RelativeStrength;

/// <param name="Ratio">RUT close / SPX close.</param>
/// <param name="Change">Ratio / ratio N common sessions earlier − 1; null until N earlier sessions exist.</param>
/// <param name="PriorHigh">Highest ratio of the prior M common sessions; null until M exist.</param>
/// <param name="BrokePriorHigh">Ratio &gt; <paramref name="PriorHigh"/>; null until M sessions exist.</param>
public readonly record struct RelativeStrengthResult(double Ratio, double? Change, double? PriorHigh, bool? BrokePriorHigh);
