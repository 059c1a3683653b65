namespace AltSeason.EventStore.Aggregation;

/// <summary>
/// An immutable state folded from a stream (live aggregation): start from <see cref="Initial"/> and
/// <see cref="Apply"/> each event in version order.
/// </summary>
public interface IAggregate<TSelf> where TSelf : class, IAggregate<TSelf>
{
    static abstract TSelf Initial { get; }

    TSelf Apply(object domainEvent);
}
