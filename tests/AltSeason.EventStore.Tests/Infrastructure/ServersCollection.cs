using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Infrastructure;

/// <summary>One PostgreSQL + RabbitMQ for the whole assembly; each test works in a schema of its own.</summary>
[CollectionDefinition(ServersFixture.Collection)]
public sealed class RealServersDefinition : ICollectionFixture<ServersFixture>;
