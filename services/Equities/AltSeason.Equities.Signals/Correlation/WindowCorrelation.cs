using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals.Correlation;

/// <param name="Returns">Pearson of daily log returns with its Fisher-z interval; null until the window is full.</param>
/// <param name="LevelCorrelationDescriptive">Pearson of log levels over the same sessions. Descriptive only:
/// trending levels correlate spuriously, so no interval is given and nothing should rest on it.</param>
public readonly record struct WindowCorrelation(int Window, CorrelationInterval? Returns, double? LevelCorrelationDescriptive);
