using System.Text;
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
        var streamId = shared.StreamIds.Read(reader, 2);
        var version = reader.GetInt64(3);
        var eventType = shared.EventTypes.Read(reader, 5);
        var typeVersion = reader.GetInt32(6);
        // Decoded from the UTF-8 the server sent: deserializing the string would convert it back to UTF-8 first.
        var utf8 = shared.Data.Read(reader, 7);
        var data = serializer.Deserialize(eventType, typeVersion, utf8, streamId, version);
        return new RecordedEvent(
            reader.GetInt64(0), reader.GetFieldValue<ulong>(1), streamId, version, reader.GetGuid(4), eventType, typeVersion,
            Encoding.UTF8.GetString(utf8), data, shared.Metadata(reader),
            reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<byte[]>(10));
    }

    /// <summary>
    /// Rows of one read mostly repeat their stream, type and metadata (events of one save share metadata). These
    /// columns are compared as raw bytes and decoded only when they change, so a long read neither allocates nor
    /// keeps a copy per row, and metadata is parsed once per save.
    /// </summary>
    internal sealed class RepeatedValues
    {
        readonly RepeatedText _metadataJson = new();
        EventMetadata _metadata = EventMetadata.Empty;

        public RepeatedText StreamIds { get; } = new();
        public RepeatedText EventTypes { get; } = new();
        // Not compared (data differs row by row); only its buffer is reused.
        public ColumnBytes Data { get; } = new();

        public EventMetadata Metadata(NpgsqlDataReader reader)
        {
            if (_metadataJson.Changed(reader, 8)) _metadata = StoreJson.DeserializeMetadata(_metadataJson.Bytes);
            return _metadata;
        }
    }

    /// <summary>One text column read as its UTF-8 bytes, remembering the previous row's value.</summary>
    internal sealed class RepeatedText
    {
        ColumnBytes _current = new();
        ColumnBytes _previous = new();
        bool _read;
        string? _text;

        public ReadOnlySpan<byte> Bytes => _current.Bytes;

        public string Read(NpgsqlDataReader reader, int ordinal)
        {
            if (Changed(reader, ordinal) || _text is null) _text = Encoding.UTF8.GetString(Bytes);
            return _text;
        }

        /// <summary>Reads the column; false when its bytes equal the previous row's.</summary>
        public bool Changed(NpgsqlDataReader reader, int ordinal)
        {
            var next = _previous.Read(reader, ordinal);
            if (_read && next.SequenceEqual(Bytes)) return false;
            (_current, _previous, _read, _text) = (_previous, _current, true, null);
            return true;
        }
    }

    /// <summary>A text column's UTF-8 bytes in a buffer reused from row to row; valid until the next read.</summary>
    internal sealed class ColumnBytes
    {
        byte[] _buffer = new byte[256];
        int _length;

        public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

        public ReadOnlySpan<byte> Read(NpgsqlDataReader reader, int ordinal)
        {
            // Without SequentialAccess the whole row is already buffered: this stream copies, it never waits.
            using var stream = reader.GetStream(ordinal);
            _length = (int)stream.Length;
            if (_buffer.Length < _length) _buffer = new byte[Math.Max(_length, _buffer.Length * 2)];
            stream.ReadExactly(_buffer, 0, _length);
            return Bytes;
        }
    }
}
