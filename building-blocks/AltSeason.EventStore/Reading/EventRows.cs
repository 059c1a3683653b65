using System.Runtime.ExceptionServices;
using AltSeason.EventStore.Events;
using Npgsql;

namespace AltSeason.EventStore.Reading;

/// <summary>The one column list every event query selects, and its mapping to <see cref="RecordedEvent"/>.</summary>
internal static class EventRows
{
    public const string Columns =
        "position, transaction_id, stream_id, version, event_id, event_type, type_version, data::text, metadata::text, recorded_at, hash";

    // Below this many rows decoding on the reading thread is cheaper than handing work to other cores.
    const int ParallelDecodeThreshold = 256;

    public static async Task<List<RecordedEvent>> ReadAllAsync(NpgsqlCommand command, EventSerializer serializer, CancellationToken cancellationToken)
    {
        var rows = new List<RecordedEvent>();
        var metadata = new MetadataCache();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new RecordedEvent(
                    reader.GetInt64(0), reader.GetFieldValue<ulong>(1), reader.GetString(2), reader.GetInt64(3), reader.GetGuid(4),
                    reader.GetString(5), reader.GetInt32(6), reader.GetString(7), Data: null!, metadata.Parse(reader.GetString(8)),
                    reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<byte[]>(10)));
            }
        }
        return Decode(rows, serializer);
    }

    /// <summary>
    /// Turns the stored JSON into event objects. Large reads (replays) decode on all cores; the error reported is
    /// always the one of the earliest failing event, as a sequential read would report it.
    /// </summary>
    static List<RecordedEvent> Decode(List<RecordedEvent> rows, EventSerializer serializer)
    {
        if (rows.Count < ParallelDecodeThreshold)
        {
            for (var i = 0; i < rows.Count; i++) rows[i] = WithData(rows[i], serializer);
            return rows;
        }

        var errors = new Exception?[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            try { rows[i] = WithData(rows[i], serializer); }
            catch (Exception e) // upcasters are user code: keep whatever they throw for the ordered report below
            {
                errors[i] = e;
            }
        });
        if (Array.Find(errors, e => e is not null) is { } first) ExceptionDispatchInfo.Capture(first).Throw();
        return rows;
    }

    static RecordedEvent WithData(RecordedEvent row, EventSerializer serializer) =>
        row with { Data = serializer.Deserialize(row.EventType, row.TypeVersion, row.Json, row.StreamId, row.Version) };

    /// <summary>Events of one save share their metadata, so consecutive equal texts are parsed once.</summary>
    internal sealed class MetadataCache
    {
        string? _lastJson;
        EventMetadata _last = EventMetadata.Empty;

        public EventMetadata Parse(string json)
        {
            if (json != _lastJson)
            {
                _last = StoreJson.DeserializeMetadata(json);
                _lastJson = json;
            }
            return _last;
        }
    }
}
