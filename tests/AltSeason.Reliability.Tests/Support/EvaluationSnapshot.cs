using System.Text;

namespace AltSeason.Reliability.Tests.Support;

/// <summary>
/// The head of one evaluation stream after a backfill. Input references keep stream and version but not the
/// input events' hashes: those cover Ingestion's random import ids, so they differ between any two runs by design.
/// </summary>
public sealed record FinalEvaluation(string Schema, string Stream, long Version, string Inputs, string Outputs);

/// <summary>The head of one score stream: its version and what it says (score, regime, missing, components).</summary>
public sealed record FinalScore(string Stream, long Version, string Outputs);

/// <summary>
/// Every signal family's final evaluations and every final score, comparable across runs of the same input, and how
/// many evaluations repeat their predecessor's inputs and outputs (a duplicate: the handler appends only when outputs change).
/// </summary>
public sealed record EvaluationSnapshot(IReadOnlyList<FinalEvaluation> Evaluations, IReadOnlyList<FinalScore> Scores, long Duplicates)
{
    /// <summary>
    /// Scores without versions. One import can feed two families, whose messages reach Scoring together or apart
    /// (one score version or two) depending on timing alone, faults or not; the final score must still be equal.
    /// </summary>
    public IReadOnlyList<FinalScore> UnversionedScores => [.. Scores.Select(s => s with { Version = 0 })];

    public int ScoreVersionsDifferingFrom(EvaluationSnapshot other) =>
        Scores.Zip(other.Scores).Count(p => p.First.Stream == p.Second.Stream && p.First.Version != p.Second.Version);

    /// <summary>Names the first few differences, so a failing fault test says what was lost, added or changed.</summary>
    public string DifferencesFrom(EvaluationSnapshot expected)
    {
        var mine = Evaluations.ToDictionary(e => (e.Schema, e.Stream));
        var theirs = expected.Evaluations.ToDictionary(e => (e.Schema, e.Stream));
        var text = new StringBuilder();
        foreach (var (key, e) in theirs)
        {
            if (!mine.TryGetValue(key, out var actual)) text.AppendLine($"missing {key.Schema} {key.Stream} (expected version {e.Version})");
            else if (actual != e) text.AppendLine($"differs {key.Schema} {key.Stream}: expected v{e.Version} {e.Inputs}, got v{actual.Version} {actual.Inputs}" +
                (actual.Outputs == e.Outputs ? " (same outputs)" : " (other outputs)"));
        }
        foreach (var key in mine.Keys.Where(k => !theirs.ContainsKey(k))) text.AppendLine($"extra {key.Schema} {key.Stream}");
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? "" : $"{lines.Length} differences; first: " + string.Join("; ", lines.Take(8));
    }
}
