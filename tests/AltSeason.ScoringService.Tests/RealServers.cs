using AltSeason.Testing;

namespace AltSeason.ScoringService.Tests;

/// <summary>One PostgreSQL and one RabbitMQ for the whole assembly; each test gets its own database and queues.</summary>
[CollectionDefinition(ServersFixture.Collection)]
public sealed class RealServers : ICollectionFixture<ServersFixture>;
