using System.Collections.Concurrent;
using AltSeason.Contracts.V1;
using AltSeason.Scoring.Evaluation;

namespace AltSeason.Scoring.Serving;

/// <summary>
/// The latest score of every (model, as-of date), ready to send: GetScore answers from memory instead of reading the
/// score stream and decoding its JSON on every call. <see cref="LatestScoresSync"/> fills it from the read model and
/// keeps it fresh from PostgreSQL notifications; while it is not in sync (starting, or its connection was lost) the
/// cache answers nothing and callers read PostgreSQL as before. One message per date and model: a few KB each.
/// </summary>
internal sealed class LatestScores
{
    volatile ConcurrentDictionary<ScoreKey, CachedScore> _scores = new();
    volatile bool _inSync;
    long _syncs;

    /// <summary>True while every committed score up to the last notification is in memory.</summary>
    public bool InSync => _inSync;

    /// <summary>How many times the whole read model was loaded (once at start, once after each lost connection).</summary>
    public long Syncs => Interlocked.Read(ref _syncs);

    public int Count => _scores.Count;

    /// <summary>
    /// False when the cache cannot answer (not in sync): read PostgreSQL. True otherwise, with the score, or null when
    /// the date has no score under that model.
    /// </summary>
    public bool TryGet(string modelVersion, DateOnly asOf, out ScoreEvaluation? score)
    {
        score = null;
        if (!_inSync) return false;
        if (_scores.TryGetValue(new ScoreKey(ScoreStreams.NormalizeModel(modelVersion), asOf), out var cached)) score = cached.Message;
        // A loss noticed while looking up must not let a stale answer through.
        return _inSync;
    }

    /// <summary>The cached version of one score, or null; for tests and diagnostics.</summary>
    public long? VersionOf(string modelVersion, DateOnly asOf) =>
        _scores.TryGetValue(new ScoreKey(ScoreStreams.NormalizeModel(modelVersion), asOf), out var cached) ? cached.Version : null;

    /// <summary>Everything the read model holds now: replaces the whole map (so rows that disappeared go too), then serves.</summary>
    public void Load(IEnumerable<(ScoreKey Key, CachedScore Score)> all)
    {
        var scores = new ConcurrentDictionary<ScoreKey, CachedScore>();
        foreach (var (key, score) in all) Keep(scores, key, score);
        _scores = scores;
        Interlocked.Increment(ref _syncs);
        _inSync = true;
    }

    /// <summary>
    /// The rows of <paramref name="asked"/> as re-read after their notifications: a key without a row was deleted.
    /// An older version never replaces a newer one, whatever the order.
    /// </summary>
    public void Apply(IReadOnlyCollection<ScoreKey> asked, IEnumerable<(ScoreKey Key, CachedScore Score)> found)
    {
        var scores = _scores;
        var gone = asked.ToHashSet();
        foreach (var (key, score) in found)
        {
            Keep(scores, key, score);
            gone.Remove(key);
        }
        foreach (var key in gone) scores.TryRemove(key, out _);
    }

    /// <summary>Stops answering until the next <see cref="Load"/>: changes may have been missed.</summary>
    public void MarkOutOfSync() => _inSync = false;

    static void Keep(ConcurrentDictionary<ScoreKey, CachedScore> scores, ScoreKey key, CachedScore score) =>
        scores.AddOrUpdate(key, score, (_, current) => score.Version > current.Version ? score : current);
}

/// <param name="Model">Lower-case, as the read model and the stream ids spell it.</param>
internal readonly record struct ScoreKey(string Model, DateOnly AsOf);

/// <param name="Message">Prepared (<see cref="AltSeason.Grpc.PreparedMessages"/>): framed once, sent as those bytes; never changed.</param>
internal sealed record CachedScore(long Version, ScoreEvaluation Message);
