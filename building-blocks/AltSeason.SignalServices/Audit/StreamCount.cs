using AltSeason.EventStore;

namespace AltSeason.SignalServices.Audit;

/// <summary>How many streams the service's schema holds: the store has no API for it, and Verify reports it.</summary>
internal static class StreamCount
{
    public static async Task<long> OfAsync(PostgresEventStore store, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand($"""SELECT count(*) FROM "{store.Schema}".streams""");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
