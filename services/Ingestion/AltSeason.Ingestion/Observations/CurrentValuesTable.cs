using AltSeason.EventStore;
using Microsoft.Extensions.Hosting;

namespace AltSeason.Ingestion.Observations;

/// <summary>Creates the read-model table at start; registered after the event store so its schema exists first.</summary>
public sealed class CurrentValuesTable(PostgresEventStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(CurrentValuesProjection.CreateTableSql(store.Schema));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
