using AltSeason.Testing;

namespace AltSeason.IngestionService.Tests.Support;

/// <summary>One real PostgreSQL + RabbitMQ for the assembly; every test gets a database of its own.</summary>
[CollectionDefinition(ServersFixture.Collection)]
public sealed class RealServersDefinition : ICollectionFixture<ServersFixture>;
