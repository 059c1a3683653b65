using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Families;

/// <summary>A family's flat outputs for one as-of date.</summary>
public sealed record DatedSignals(DateOnly AsOf, IReadOnlyList<SignalValue> Values);
