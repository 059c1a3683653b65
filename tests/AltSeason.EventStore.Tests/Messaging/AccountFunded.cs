namespace AltSeason.EventStore.Tests.Messaging;

/// <summary>A MassTransit message published through the outbox (MassTransit needs message types in a namespace).</summary>
public sealed record AccountFunded(string AccountId, decimal Amount);
