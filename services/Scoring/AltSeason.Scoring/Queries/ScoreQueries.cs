using AltSeason.EventStore;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Reading;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Model;
using AltSeason.Scoring.Storage;

namespace AltSeason.Scoring.Queries;

/// <summary>
/// Reads recorded scores for the gRPC and HTTP APIs: the latest from the read model, and "what was known at an
/// instant" from the streams themselves (the event store's as-of-timestamp read), so revisions never leak backwards.
/// </summary>
internal sealed class ScoreQueries(PostgresEventStore store, ScoreReadModel scores)
{
    /// <summary>The model version to answer for: the requested one (any case), or the current default when empty.</summary>
    /// <exception cref="UnknownScoreModelException">No model has that version.</exception>
    public static string ResolveModel(string? requested) =>
        string.IsNullOrWhiteSpace(requested) ? ScoreModels.Latest.Version : ScoreModels.Get(requested.Trim()).Version;

    public async Task<StoredScore?> GetAsync(string modelVersion, DateOnly asOf, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        var events = await store.ReadStreamAsync(ScoreStreams.For(modelVersion, asOf),
            new ReadStreamOptions { AsOf = knownAt, Direction = ReadDirection.Backward, MaxCount = 1 }, cancellationToken);
        return events.Count == 1 ? ToStored(events[0]) : null;
    }

    public async Task<IReadOnlyList<StoredScore>> ListAsync(string modelVersion, DateOnly from, DateOnly to, DateTimeOffset? knownAt,
        CancellationToken cancellationToken)
    {
        if (knownAt is null) return await scores.ListAsync(modelVersion, from, to, cancellationToken);
        var list = new List<StoredScore>();
        foreach (var date in await scores.DatesKnownAtAsync(modelVersion, from, to, knownAt.Value, cancellationToken))
            if (await GetAsync(modelVersion, date, knownAt, cancellationToken) is { } score) list.Add(score);
        return list;
    }

    public async Task<StoredScore?> LatestAsync(string modelVersion, CancellationToken cancellationToken) =>
        await scores.LatestDateAsync(modelVersion, cancellationToken) is { } date
            ? await GetAsync(modelVersion, date, null, cancellationToken)
            : null;

    public static StoredScore? ToStored(RecordedEvent e) =>
        e.Data is ScoreEvaluated score ? new StoredScore(score, e.StreamId, e.Version, Convert.ToHexStringLower(e.Hash), e.RecordedAt) : null;
}
