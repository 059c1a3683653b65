using AltSeason.EventStore.Appending;
using Npgsql;

namespace AltSeason.EventStore.Integrity;

/// <summary>
/// Walks streams in version order and recomputes every link on the client from the stored bytes. Reports the
/// first event whose data, type, version or predecessor no longer match its hash, a gap in versions, or a
/// stream whose recorded version disagrees with its events (a deleted tail).
/// </summary>
internal sealed class ChainVerifier(NpgsqlDataSource dataSource, string schema)
{
    public Task<ChainVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken) =>
        VerifyAsync(StreamId.Validate(streamId), cancellationToken);

    public Task<ChainVerification> VerifyAllAsync(CancellationToken cancellationToken) => VerifyAsync(null, cancellationToken);

    async Task<ChainVerification> VerifyAsync(string? streamId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT s.stream_id, s.version, e.version, e.event_type, e.type_version, e.data::text, e.hash
            FROM "{schema}".streams s LEFT JOIN "{schema}".events e ON e.stream_id = s.stream_id
            WHERE $1::text IS NULL OR s.stream_id = $1
            ORDER BY s.stream_id COLLATE "C", e.version
            """);
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = streamId, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });

        long checkedCount = 0;
        var walk = new StreamWalk("", 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var stream = reader.GetString(0);
            if (stream != walk.StreamId)
            {
                if (walk.Finish() is { } tailBreak) return new(checkedCount, tailBreak);
                walk = new StreamWalk(stream, reader.GetInt64(1));
            }
            if (reader.IsDBNull(2)) continue; // a stream row without events: Finish reports it
            checkedCount++;
            var problem = walk.Check(reader.GetInt64(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5),
                reader.GetFieldValue<byte[]>(6));
            if (problem is not null) return new(checkedCount, problem);
        }
        return new(checkedCount, walk.Finish());
    }

    sealed class StreamWalk(string streamId, long recordedVersion)
    {
        long _lastVersion;
        byte[] _previousHash = [];

        public string StreamId => streamId;

        public ChainBreak? Check(long version, string type, int typeVersion, string data, byte[] storedHash)
        {
            if (version != _lastVersion + 1)
                return new(streamId, _lastVersion + 1, $"version {_lastVersion + 1} is missing (next stored is {version}).");
            var expected = EventHash.Compute(streamId, version, type, typeVersion, data, _previousHash);
            if (!expected.AsSpan().SequenceEqual(storedHash))
                return new(streamId, version, "the stored hash does not match the event's content and its predecessor.");
            _lastVersion = version;
            _previousHash = storedHash;
            return null;
        }

        public ChainBreak? Finish() =>
            streamId.Length == 0 || _lastVersion == recordedVersion
                ? null
                : new(streamId, _lastVersion + 1, $"the stream records version {recordedVersion} but its events end at {_lastVersion}.");
    }
}
