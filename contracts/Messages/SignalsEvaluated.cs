using AltSeason.TimeSeries;

namespace AltSeason.Contracts.Messages;

/// <summary>What every family's evaluation message carries; Scoring consumes all three through it.</summary>
public interface ISignalsEvaluated
{
    /// <summary><c>equities</c>, <c>derivatives</c> or <c>onchain</c>.</summary>
    string Family { get; }
    DateOnly AsOf { get; }
    IReadOnlyList<SignalValue> Values { get; }
    string ModelVersion { get; }
    string CodeVersion { get; }
    string InputsSha256 { get; }
    string StreamId { get; }
    long StreamVersion { get; }
    string EventSha256 { get; }
    DateTimeOffset RecordedAt { get; }
}

/// <summary>A new evaluation of the Equities family for one as-of date (published only when its outputs changed).</summary>
public sealed record EquitiesSignalsEvaluated(
    string Family, DateOnly AsOf, IReadOnlyList<SignalValue> Values, string ModelVersion, string CodeVersion,
    string InputsSha256, string StreamId, long StreamVersion, string EventSha256, DateTimeOffset RecordedAt) : ISignalsEvaluated;

/// <summary>A new evaluation of the Derivatives family for one as-of date.</summary>
public sealed record DerivativesSignalsEvaluated(
    string Family, DateOnly AsOf, IReadOnlyList<SignalValue> Values, string ModelVersion, string CodeVersion,
    string InputsSha256, string StreamId, long StreamVersion, string EventSha256, DateTimeOffset RecordedAt) : ISignalsEvaluated;

/// <summary>A new evaluation of the OnChain family for one as-of date.</summary>
public sealed record OnChainSignalsEvaluated(
    string Family, DateOnly AsOf, IReadOnlyList<SignalValue> Values, string ModelVersion, string CodeVersion,
    string InputsSha256, string StreamId, long StreamVersion, string EventSha256, DateTimeOffset RecordedAt) : ISignalsEvaluated;

/// <summary>Published by each signal service after a batch: the as-of dates it re-evaluated, even when none changed.</summary>
/// <param name="IngestionId">The <see cref="MarketDataIngested"/> that caused it.</param>
public sealed record SignalsBatchCompleted(string Family, Guid IngestionId, int Evaluated, int Changed, DateTimeOffset CompletedAt);
