namespace AltSeason.OnChain.Signals;

/// <param name="SlopePerDay">Change of y per calendar day.</param>
/// <param name="ResidualStandardDeviation">Spread of the points around the line (n − 2 degrees of freedom).</param>
/// <param name="LineValue">The line's value on the date asked for (extrapolated beyond the window).</param>
internal sealed record TrendFit(double SlopePerDay, double ResidualStandardDeviation, double LineValue, int Points);
