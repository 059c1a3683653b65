namespace AltSeason.Ingestion.Observations;

/// <summary>What is stored for one series: its stream version (0 = none yet) and its latest values.</summary>
public sealed record SeriesState(string Series, long Version, KnownValues Values);
