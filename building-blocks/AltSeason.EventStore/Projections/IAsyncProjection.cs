using AltSeason.EventStore.Events;

namespace AltSeason.EventStore.Projections;

/// <summary>
/// Runs in the projection daemon, behind the writers, in global order. Each batch commits with the checkpoint,
/// so a crash replays at most the uncommitted batch and the read model never double-counts.
/// </summary>
public interface IAsyncProjection
{
    /// <summary>Stable name: it keys the checkpoint and the leader lock.</summary>
    string Name { get; }

    Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken);

    /// <summary>Empties the read model before a rebuild from zero.</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken);
}
