using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Events;
using Npgsql;

namespace AltSeason.EventStore.Reading;

internal sealed class EventStreamReader(NpgsqlDataSource dataSource, string schema, EventSerializer serializer, KnownHeads heads)
{
    /// <summary>Reads on a pooled connection, or inside the caller's transaction when one is given.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadAsync(string streamId, ReadStreamOptions options, CancellationToken cancellationToken,
        NpgsqlConnection? connection = null, NpgsqlTransaction? transaction = null)
    {
        StreamId.Validate(streamId);
        var filters = new List<string> { "stream_id = @stream", "version >= @from" };
        await using var command = connection is null ? dataSource.CreateCommand() : new NpgsqlCommand(null, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("stream", streamId));
        command.Parameters.Add(new NpgsqlParameter<long>("from", options.FromVersion));
        if (options.ToVersion is { } to)
        {
            filters.Add("version <= @to");
            command.Parameters.Add(new NpgsqlParameter<long>("to", to));
        }
        if (options.AsOf is { } asOf)
        {
            filters.Add("recorded_at <= @as_of");
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("as_of", asOf.ToUniversalTime()));
        }
        var order = options.Direction == ReadDirection.Forward ? "ASC" : "DESC";
        var limit = options.MaxCount is { } max ? $"LIMIT {Math.Max(0, max)}" : "";
        command.CommandText =
            $"""SELECT {EventRows.Columns} FROM "{schema}".events WHERE {string.Join(" AND ", filters)} ORDER BY version {order} {limit}""";
        var events = await EventRows.ReadAllAsync(command, serializer, cancellationToken);
        // A read up to the end tells where the stream ends: a writer that folds then appends can hash on the client.
        if (events.Count > 0 && options is { ToVersion: null, AsOf: null, MaxCount: null })
        {
            var head = options.Direction == ReadDirection.Forward ? events[^1] : events[0];
            heads.Remember(streamId, head.Version, head.Hash);
        }
        return events;
    }

    public async Task<long> VersionAsync(string streamId, CancellationToken cancellationToken)
    {
        StreamId.Validate(streamId);
        await using var command = dataSource.CreateCommand($"""SELECT version FROM "{schema}".streams WHERE stream_id = $1""");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        return await command.ExecuteScalarAsync(cancellationToken) is long version ? version : 0;
    }
}
