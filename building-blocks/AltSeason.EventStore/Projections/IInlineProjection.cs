using AltSeason.EventStore.Events;

namespace AltSeason.EventStore.Projections;

/// <summary>Runs inside the append's transaction: the read model commits (or rolls back) with the events.</summary>
public interface IInlineProjection
{
    Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken);
}
