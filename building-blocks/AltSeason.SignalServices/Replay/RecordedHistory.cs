using AltSeason.EventStore;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Subscriptions;
using AltSeason.SignalServices.Events;

namespace AltSeason.SignalServices.Replay;

/// <summary>Everything a replay needs, read once in global order: the input events by stream and the evaluations.</summary>
internal sealed class RecordedHistory
{
    const int PageSize = 2000;

    public Dictionary<string, List<RecordedEvent>> Inputs { get; } = new(StringComparer.Ordinal);
    public List<(RecordedEvent Event, SignalsEvaluated Data)> Evaluations { get; } = [];

    public static async Task<RecordedHistory> ReadAsync(PostgresEventStore store, string streamPrefix, CancellationToken ct)
    {
        var history = new RecordedHistory();
        var after = Checkpoint.Start;
        while (true)
        {
            var page = await store.ReadAllAsync(after, PageSize, ct);
            foreach (var e in page)
            {
                if (e.Data is InputsReceived)
                {
                    if (!history.Inputs.TryGetValue(e.StreamId, out var list)) history.Inputs[e.StreamId] = list = [];
                    list.Add(e);
                }
                else if (e.Data is SignalsEvaluated evaluation && e.StreamId.StartsWith(streamPrefix, StringComparison.Ordinal))
                {
                    history.Evaluations.Add((e, evaluation));
                }
            }
            if (page.Count < PageSize) return history;
            after = page[^1].Checkpoint;
        }
    }
}
