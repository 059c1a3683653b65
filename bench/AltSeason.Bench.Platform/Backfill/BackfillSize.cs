namespace AltSeason.Bench.Platform.Backfill;

/// <summary>One backfill to run: a label, how to make its files, and how long it may take before it is cut off.</summary>
/// <param name="Multiple">Size relative to the reference data, for the growth comparison.</param>
sealed record BackfillSize(string Label, double Multiple, Func<Task<IReadOnlyList<BackfillFile>>> Files, TimeSpan Budget);
