using AltSeason.Testing;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>One PostgreSQL + RabbitMQ for the assembly; each host gets its own database and queue.</summary>
[CollectionDefinition(ServersFixture.Collection)]
public sealed class RealServersDefinition : ICollectionFixture<ServersFixture>;
