using AltSeason.EventStore;
using AltSeason.EventStore.Reading;
using AltSeason.Scoring.Components;
using Npgsql;

namespace AltSeason.Scoring.Storage;

/// <summary>Reads the <c>components</c> table into a <see cref="ComponentTimeline"/>.</summary>
internal sealed class ComponentReadModel(PostgresEventStore store, ComponentCache cache)
{
    /// <summary>
    /// The latest component of every family on each of <paramref name="dates"/> (the primary key finds them). The rows'
    /// versions and hashes come first; only components the cache does not hold at that version are read and decoded
    /// (a backfill reaches the same dates batch after batch, and decoding them was Scoring's largest cost).
    /// </summary>
    public async Task<ComponentTimeline> LoadAsync(IReadOnlyCollection<DateOnly> dates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var known = new List<KnownComponent>();
        List<string> families = [];
        List<DateOnly> missing = [];
        await using (var heads = store.DataSource.CreateCommand(
            $"""SELECT family, as_of, version, sha256 FROM "{store.Schema}".components WHERE family = ANY($1) AND as_of = ANY($2)"""))
        {
            heads.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. SignalFamilies.All] });
            heads.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. dates] });
            await using var reader = await heads.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (family, asOf) = (reader.GetString(0), reader.GetFieldValue<DateOnly>(1));
                if (cache.TryGet(family, asOf, reader.GetInt64(2), reader.GetString(3), out var cached)) known.Add(cached);
                else
                {
                    families.Add(family);
                    missing.Add(asOf);
                }
            }
        }
        if (missing.Count > 0) known.AddRange(await ReadAsync(families, missing, cancellationToken));
        return new ComponentTimeline(known);
    }

    /// <summary>The rows of these (family, date) pairs, decoded and remembered.</summary>
    async Task<List<KnownComponent>> ReadAsync(List<string> families, List<DateOnly> dates, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT c.data, c.stream_id, c.version, c.sha256 FROM "{store.Schema}".components c
            JOIN unnest($1::text[], $2::date[]) AS wanted(family, as_of) ON c.family = wanted.family AND c.as_of = wanted.as_of
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. families] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. dates] });
        var read = new List<KnownComponent>(dates.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var recorded = ComponentReader.Read(await StoredText.Utf8Async(reader, 0, cancellationToken), store.Serializer.Options);
            var component = ToKnown(recorded, reader.GetString(1), reader.GetInt64(2), reader.GetString(3));
            cache.Remember(component);
            read.Add(component);
        }
        return read;
    }

    public static KnownComponent ToKnown(ComponentRecorded recorded, string streamId, long version, string sha256) =>
        new(recorded.Family, recorded.AsOf, recorded.Values, new ComponentReference(
            recorded.Family, recorded.AsOf, streamId, version, sha256,
            recorded.Source.StreamId, recorded.Source.StreamVersion, recorded.Source.EventSha256));
}
