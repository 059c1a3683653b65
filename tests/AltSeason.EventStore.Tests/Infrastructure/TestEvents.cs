using AltSeason.EventStore.Aggregation;

namespace AltSeason.EventStore.Tests.Infrastructure;

public sealed record Opened(string Owner);
public sealed record Deposited(decimal Amount);
public sealed record Withdrawn(decimal Amount);

/// <summary>A small account folded from its events, used to check live aggregation and time travel.</summary>
public sealed record Account(string Owner, decimal Balance, int Changes) : IAggregate<Account>
{
    public static Account Initial { get; } = new("", 0m, 0);

    public Account Apply(object domainEvent) => domainEvent switch
    {
        Opened e => this with { Owner = e.Owner, Changes = Changes + 1 },
        Deposited e => this with { Balance = Balance + e.Amount, Changes = Changes + 1 },
        Withdrawn e => this with { Balance = Balance - e.Amount, Changes = Changes + 1 },
        _ => this,
    };
}
