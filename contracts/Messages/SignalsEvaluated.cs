using AltSeason.TimeSeries;

namespace AltSeason.Contracts.Messages;

/// <summary>
/// What every family's evaluation message carries; Scoring consumes all three through it. One message announces the
/// evaluations of one saved chunk of a batch (at most <see cref="MaxEvaluations"/>), not one date: a backfill writes
/// thousands of evaluations, and a message each made the broker's publish confirm, not the work, the cost per date.
/// </summary>
public interface ISignalsEvaluated
{
    /// <summary>At most this many evaluations travel in one message.</summary>
    const int MaxEvaluations = 100;

    /// <summary>
    /// And at most this many signal values (all its evaluations' together; a single evaluation may hold more), which
    /// keeps a message near 100 KB: a Derivatives evaluation holds about 150 values, and 100 of them made 1.7 MB
    /// messages that Scoring held, parsed twice over, by the dozen while it scored a backfill.
    /// </summary>
    const int MaxValues = 1_000;

    /// <summary><c>equities</c>, <c>derivatives</c> or <c>onchain</c>.</summary>
    string Family { get; }

    /// <summary>New evaluations of this family, each for its own as-of date, in the order they were stored.</summary>
    IReadOnlyList<AnnouncedEvaluation> Evaluations { get; }
}

/// <summary>
/// One stored evaluation of a family for one as-of date (a new one is announced only when its outputs changed).
/// <see cref="StreamId"/>@<see cref="StreamVersion"/> is its identity: a consumer de-duplicates by it.
/// </summary>
public sealed record AnnouncedEvaluation(
    DateOnly AsOf, IReadOnlyList<SignalValue> Values, string ModelVersion, string CodeVersion, string InputsSha256,
    string StreamId, long StreamVersion, string EventSha256, DateTimeOffset RecordedAt);

/// <summary>New evaluations of the Equities family.</summary>
public sealed record EquitiesSignalsEvaluated(string Family, IReadOnlyList<AnnouncedEvaluation> Evaluations) : ISignalsEvaluated;

/// <summary>New evaluations of the Derivatives family.</summary>
public sealed record DerivativesSignalsEvaluated(string Family, IReadOnlyList<AnnouncedEvaluation> Evaluations) : ISignalsEvaluated;

/// <summary>New evaluations of the OnChain family.</summary>
public sealed record OnChainSignalsEvaluated(string Family, IReadOnlyList<AnnouncedEvaluation> Evaluations) : ISignalsEvaluated;

/// <summary>
/// Published by each signal service once an ingestion's rows are evaluated (at once when it reads none of them): the
/// as-of dates that evaluation re-evaluated, even when none changed. One evaluation may cover several ingestions.
/// </summary>
/// <param name="IngestionId">The <see cref="MarketDataIngested"/> that caused it.</param>
public sealed record SignalsBatchCompleted(string Family, Guid IngestionId, int Evaluated, int Changed, DateTimeOffset CompletedAt);
