namespace AltSeason.TimeSeries;

/// <summary>
/// One named output of a signal family on one date, in the flat shape that travels over gRPC and into events.
/// Families compute typed results and flatten them into these; <paramref name="Unit"/> is explicit
/// (<c>percent</c>, <c>ratio</c>, <c>sessions</c>, <c>usd</c>, <c>bool</c>, <c>index</c>, ...).
/// </summary>
/// <param name="Value">The number, or null when the signal is undefined that day (not enough history).</param>
/// <param name="Text">A label for categorical outputs, e.g. a funding regime band.</param>
public sealed record SignalValue(string Name, double? Value, string Unit, string? Text = null);
