using System.Text;

namespace AltSeason.Reliability.Tests.Support;

/// <summary>
/// The head of one evaluation stream after a backfill. Input references keep stream and version but not the
/// input events' hashes: those cover Ingestion's random import ids, so they differ between any two runs by design.
/// </summary>
public sealed record FinalEvaluation(string Schema, string Stream, long Version, string Inputs, string Outputs);

/// <summary>
/// Every signal family's final evaluations, comparable across runs of the same input, and how many evaluations
/// repeat their predecessor's inputs and outputs (a duplicate: the handler appends only when outputs change).
/// </summary>
public sealed record EvaluationSnapshot(IReadOnlyList<FinalEvaluation> Evaluations, long Duplicates)
{
    /// <summary>
    /// The final state without versions. Signal services gather messages into time-boxed batches, so how many
    /// intermediate evaluations a stream went through depends on when messages arrived, faults or not.
    /// </summary>
    public IReadOnlyList<FinalEvaluation> Unversioned => [.. Evaluations.Select(e => e with { Version = 0 })];

    public int VersionsDifferingFrom(EvaluationSnapshot other) =>
        Evaluations.Zip(other.Evaluations).Count(p => p.First.Stream == p.Second.Stream && p.First.Version != p.Second.Version);

    /// <summary>Names the first few differences, so a failing fault test says what was lost, added or changed.</summary>
    public string DifferencesFrom(EvaluationSnapshot expected)
    {
        var mine = Evaluations.ToDictionary(e => (e.Schema, e.Stream));
        var theirs = expected.Evaluations.ToDictionary(e => (e.Schema, e.Stream));
        var text = new StringBuilder();
        foreach (var (key, e) in theirs)
        {
            if (!mine.TryGetValue(key, out var actual)) text.AppendLine($"missing {key.Schema} {key.Stream} (expected version {e.Version})");
            else if (actual with { Version = 0 } != e with { Version = 0 }) text.AppendLine($"differs {key.Schema} {key.Stream}: expected v{e.Version} {e.Inputs}, got v{actual.Version} {actual.Inputs}" +
                (actual.Outputs == e.Outputs ? " (same outputs)" : " (other outputs)"));
        }
        foreach (var key in mine.Keys.Where(k => !theirs.ContainsKey(k))) text.AppendLine($"extra {key.Schema} {key.Stream}");
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? "" : $"{lines.Length} differences; first: " + string.Join("; ", lines.Take(8));
    }
}
