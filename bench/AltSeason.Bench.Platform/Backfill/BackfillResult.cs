namespace AltSeason.Bench.Platform.Backfill;

/// <summary>
/// One backfill: rows accepted, events written, and the wall time from the first ingest call to the last score
/// recorded. When it did not finish within its budget, <see cref="Completed"/> is false and the rates are what it
/// managed until then.
/// </summary>
sealed record BackfillResult(string Label, int Files, long Bytes, long Observations, TimeSpan ImportTime, TimeSpan WallTime, bool Completed, PipelineSnapshot Final)
{
    public double ObservationsPerSecond => Observations / WallTime.TotalSeconds;
    public double EvaluationsPerSecond => Final.Evaluations / WallTime.TotalSeconds;
    public double MicrosecondsPerObservation => WallTime.TotalMilliseconds * 1000 / Observations;
}
