namespace AltSeason.Equities.Signals.HeadAndShoulders;

/// <summary>A confirmed turning point of the smoothed price; <paramref name="Price"/> is exp(smoothed log close).</summary>
public sealed record Extremum(int Session, DateOnly Date, double Price, bool IsPeak);
