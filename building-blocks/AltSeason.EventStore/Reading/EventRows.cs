using AltSeason.EventStore.Events;
using Npgsql;

namespace AltSeason.EventStore.Reading;

/// <summary>The one column list every event query selects, and its mapping to <see cref="RecordedEvent"/>.</summary>
internal static class EventRows
{
    public const string Columns =
        "position, transaction_id, stream_id, version, event_id, event_type, type_version, data::text, metadata::text, recorded_at, hash";

    public static RecordedEvent Read(NpgsqlDataReader reader, EventSerializer serializer, MetadataCache metadata)
    {
        var streamId = reader.GetString(2);
        var version = reader.GetInt64(3);
        var type = reader.GetString(5);
        var typeVersion = reader.GetInt32(6);
        var json = reader.GetString(7);
        return new RecordedEvent(
            reader.GetInt64(0), reader.GetFieldValue<ulong>(1), streamId, version, reader.GetGuid(4), type, typeVersion, json,
            serializer.Deserialize(type, typeVersion, json, streamId, version),
            metadata.Parse(reader.GetString(8)), reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<byte[]>(10));
    }

    public static async Task<List<RecordedEvent>> ReadAllAsync(NpgsqlCommand command, EventSerializer serializer, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        var metadata = new MetadataCache();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) events.Add(Read(reader, serializer, metadata));
        return events;
    }

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
