using AltSeason.TimeSeries;

namespace AltSeason.Scoring.Components;

/// <summary>The latest recorded values of one family for one as-of date, with the reference a score records for them.</summary>
public sealed record KnownComponent(string Family, DateOnly AsOf, IReadOnlyList<SignalValue> Values, ComponentReference Reference);
