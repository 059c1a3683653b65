namespace AltSeason.SignalServices.Audit;

/// <summary>How many events were recomputed and every field whose recomputed value differs from the record.</summary>
public sealed record ReplayOutcome(long EventsReplayed, IReadOnlyList<ReplayMismatch> Mismatches)
{
    public static ReplayOutcome Empty { get; } = new(0, []);

    public static ReplayOutcome Combine(IEnumerable<ReplayOutcome> outcomes) =>
        outcomes.Aggregate(Empty, (sum, o) => new(sum.EventsReplayed + o.EventsReplayed, [.. sum.Mismatches, .. o.Mismatches]));
}

/// <summary>One recomputed field that differs: <paramref name="Field"/> is a path inside the event data, e.g. "values[3].value".</summary>
public sealed record ReplayMismatch(string StreamId, long Version, string Field, string Expected, string Actual);
