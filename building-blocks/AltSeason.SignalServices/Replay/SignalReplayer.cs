using AltSeason.EventStore;
using AltSeason.SignalServices.Audit;
using AltSeason.SignalServices.Families;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// Recomputes every recorded evaluation from the input events it references, with the model version it records,
/// and compares the serialised outputs byte for byte. Evaluations pinning the same inputs and model (one live
/// batch) are recomputed together in one pass over their dates. History is read once; groups are replayed in append
/// order, so each worker folds the inputs forward incrementally instead of from scratch for every group; contiguous
/// runs of groups go to all cores, each run with its own fold (memory stays one folded history per worker).
/// </summary>
public sealed class SignalReplayer(PostgresEventStore store, ISignalFamily family) : IReplayer
{
    // More runs than cores balance the load (later groups see a longer history); each run starts with one full fold.
    static readonly int Runs = Environment.ProcessorCount * 4;

    public async Task<ReplayOutcome> ReplayAsync(string streamPrefix, CancellationToken cancellationToken)
    {
        var history = await RecordedHistory.ReadAsync(store, streamPrefix ?? "", cancellationToken);
        // Evaluations are in append order, and grouping keeps the order of each group's first evaluation.
        var groups = history.Evaluations.GroupBy(e => e.Header.GroupKey(), StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var runs = Split(groups, Math.Min(Runs, Math.Max(1, groups.Count)));
        var replay = new EvaluationGroupReplay(family, history.Inputs, store.Serializer.Options);
        var found = new List<ReplayMismatch>[runs.Count];
        Parallel.For(0, runs.Count, new ParallelOptions { CancellationToken = cancellationToken }, r =>
        {
            var folder = new InputsFolder(history.Inputs);
            found[r] = [];
            foreach (var group in runs[r]) replay.Replay(group, folder, found[r]);
        });
        return new ReplayOutcome(history.Evaluations.Count + history.UnreadableEvaluations, [.. history.Unreadable, .. found.SelectMany(m => m)]);
    }

    /// <summary>Contiguous runs of about equal numbers of evaluations, in order.</summary>
    static List<List<List<RecordedEvaluation>>> Split(List<List<RecordedEvaluation>> groups, int count)
    {
        var total = groups.Sum(g => g.Count);
        var runs = new List<List<List<RecordedEvaluation>>> { new() };
        var done = 0;
        foreach (var group in groups)
        {
            if (runs[^1].Count > 0 && done >= (long)total * runs.Count / count) runs.Add([]);
            runs[^1].Add(group);
            done += group.Count;
        }
        return runs;
    }
}
