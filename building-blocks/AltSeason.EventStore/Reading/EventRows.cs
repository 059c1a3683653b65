using AltSeason.EventStore.Events;
using Npgsql;

namespace AltSeason.EventStore.Reading;

/// <summary>The one column list every event query selects, and its mapping to <see cref="RecordedEvent"/>.</summary>
internal static class EventRows
{
    public const string Columns =
        "position, transaction_id, stream_id, version, event_id, event_type, type_version, data::text, metadata::text, recorded_at, hash";

    /// <summary>
    /// Reads and decodes row by row. Decoding while the server is still sending the next rows hides its cost behind
    /// the network; the first unreadable event stops the read, so the error is always the earliest one.
    /// </summary>
    public static async Task<List<RecordedEvent>> ReadAllAsync(NpgsqlCommand command, EventSerializer serializer, CancellationToken cancellationToken)
    {
        var rows = new List<RecordedEvent>();
        var shared = new RepeatedValues();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader, serializer, shared));
        return rows;
    }

    static RecordedEvent Read(NpgsqlDataReader reader, EventSerializer serializer, RepeatedValues shared)
    {
        var streamId = shared.StreamId(reader.GetString(2));
        var version = reader.GetInt64(3);
        var eventType = shared.EventType(reader.GetString(5));
        var typeVersion = reader.GetInt32(6);
        var json = reader.GetString(7);
        return new RecordedEvent(
            reader.GetInt64(0), reader.GetFieldValue<ulong>(1), streamId, version, reader.GetGuid(4), eventType, typeVersion, json,
            serializer.Deserialize(eventType, typeVersion, json, streamId, version), shared.Metadata(reader.GetString(8)),
            reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<byte[]>(10));
    }

    /// <summary>
    /// Rows of one read mostly repeat their stream, type and metadata (events of one save share metadata): equal
    /// values reuse the previous instance, so metadata is parsed once per run and a long read keeps one copy alive.
    /// </summary>
    internal sealed class RepeatedValues
    {
        string _streamId = "";
        string _eventType = "";
        string? _metadataJson;
        EventMetadata _metadata = EventMetadata.Empty;

        public string StreamId(string value) => value == _streamId ? _streamId : _streamId = value;

        public string EventType(string value) => value == _eventType ? _eventType : _eventType = value;

        public EventMetadata Metadata(string json)
        {
            if (json != _metadataJson)
            {
                _metadata = StoreJson.DeserializeMetadata(json);
                _metadataJson = json;
            }
            return _metadata;
        }
    }
}
