using AltSeason.Contracts.Messages;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Fetching;
using AltSeason.Scoring.Model;
using AltSeason.Scoring.Storage;
using AltSeason.TimeSeries;
using Microsoft.Extensions.Options;

namespace AltSeason.Scoring.Evaluation;

/// <summary>
/// Records family evaluations as components and re-scores every date they can affect, all in the caller's session
/// (one transaction with the inbox row). A component dated D can change the scores of D..D+staleness, and only on
/// dates a driving family evaluated; a family Scoring has nothing for in that window is asked for once, over gRPC.
/// </summary>
internal sealed class ScoringBatch(
    ComponentReadModel components,
    ScoreReadModel scores,
    ISignalSource signals,
    ChainedAppender appender,
    IOptions<ScoringOptions> options,
    TimeProvider clock)
{
    /// <summary>Score dates whose events are written per round trip; bounds what a large batch holds at once.</summary>
    internal const int DatesPerSave = 200;

    public async Task<BatchOutcome> RecordAsync(EventSession session, IReadOnlyList<ComponentRecorded> received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(received);
        if (received.Count == 0) return BatchOutcome.Nothing;
        var staleness = options.Value.StalenessDays;
        // Only the dates the received components can reach (a score date up to staleness days later, which picks from
        // up to staleness days before it): a backfill batch holds dates scattered over years, and loading everything
        // between its first and last date decoded most of the history once per batch.
        var reach = Reach(received.Select(c => c.AsOf), staleness);
        var timeline = await components.LoadAsync(reach, cancellationToken);

        var changed = new HashSet<DateOnly>();
        foreach (var component in received)
            if (Record(session, timeline, component)) changed.Add(component.AsOf);
        if (changed.Count == 0) return BatchOutcome.Nothing;
        var window = changed.SelectMany(d => Enumerable.Range(0, staleness + 1).Select(d.AddDays)).ToHashSet();
        var fetched = await FillGapsAsync(session, timeline, window, reach, staleness, cancellationToken);

        var dates = timeline.ScoreDates(window.Min(), window.Max()).Where(window.Contains).ToList();
        if (dates.Count == 0) return new BatchOutcome(changed.Count + fetched, 0, 0);
        var model = ScoreModels.Latest;
        var scored = 0;
        // A backfill batch re-scores thousands of dates: read the stored scores and write the new events a chunk of
        // dates at a time, in this same transaction, so memory stays bounded. The events, their order and the
        // messages are those of one big save; nothing later in the batch reads what a chunk wrote.
        await session.SaveChangesAsync(cancellationToken);
        foreach (var chunk in dates.Chunk(DatesPerSave))
        {
            var latest = (await scores.HeadsAsync(model.Version, chunk, cancellationToken)).ToDictionary(s => s.AsOf);
            foreach (var date in chunk)
            {
                var used = SignalFamilies.All.Select(f => timeline.Pick(f, date, staleness)).OfType<KnownComponent>().ToList();
                var evaluation = ScoreEventBuilder.Build(model, date, used, CodeVersion.Current);
                var previous = latest.GetValueOrDefault(date);
                if (previous is not null && previous.ResultSha256 == ScoreEventBuilder.ResultSha256(evaluation)) continue;
                Append(session, evaluation, previous);
                scored++;
            }
            await session.SaveChangesAsync(cancellationToken);
        }
        return new BatchOutcome(changed.Count + fetched, dates.Count, scored);
    }

    /// <summary>Every date within <paramref name="days"/> of one of <paramref name="dates"/>, once each.</summary>
    static HashSet<DateOnly> Reach(IEnumerable<DateOnly> dates, int days)
    {
        var reach = new HashSet<DateOnly>();
        foreach (var date in dates.Distinct())
            for (var offset = -days; offset <= days; offset++) reach.Add(date.AddDays(offset));
        return reach;
    }

    /// <summary>Appends the component unless it is already known; true when it was news.</summary>
    bool Record(EventSession session, ComponentTimeline timeline, ComponentRecorded component)
    {
        if (!timeline.IsNews(component)) return false;
        var streamId = ComponentStreams.For(component.Family, component.AsOf);
        var current = timeline.Get(component.Family, component.AsOf)?.Reference;
        var version = current?.StreamVersion ?? 0;
        var sha = appender.Append(session, streamId, version, current?.EventSha256, component);
        timeline.Set(ComponentReadModel.ToKnown(component, streamId, version + 1, sha));
        return true;
    }

    /// <summary>
    /// Asks each family that has a hole in the window for its evaluations around the holes; returns how many were new.
    /// One call per run of nearby holes, not one over the whole window: a backfill's window is scattered over years.
    /// Only dates this batch loaded are recorded: they are the ones it uses, and the only ones whose versions it knows.
    /// </summary>
    async Task<int> FillGapsAsync(EventSession session, ComponentTimeline timeline, HashSet<DateOnly> window, HashSet<DateOnly> loaded,
        int staleness, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var family in SignalFamilies.All)
        {
            var holes = window.Where(d => timeline.Pick(family, d, staleness) is null);
            foreach (var (from, through) in DateRuns.Of(holes, maxGapDays: 31))
            {
                var evaluations = await signals.ListAsync(family, from.AddDays(-staleness), through, cancellationToken);
                recorded += (evaluations ?? []).Where(e => loaded.Contains(e.AsOf)).Count(e => Record(session, timeline, e));
            }
        }
        return recorded;
    }

    void Append(EventSession session, ScoreEvaluated evaluation, ScoreHead? previous)
    {
        var streamId = ScoreStreams.For(evaluation.ModelVersion, evaluation.AsOf);
        var version = previous?.Version ?? 0;
        var sha = appender.Append(session, streamId, version, previous?.Sha256, evaluation);
        session.Publish(new AltSeasonScoreEvaluated(evaluation.AsOf, evaluation.ModelVersion, evaluation.Score, evaluation.Regime,
            evaluation.Missing, streamId, version + 1, sha, clock.GetUtcNow()));
    }
}
