using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.Scoring.Components;
using Npgsql;

namespace AltSeason.Scoring.Storage;

/// <summary>Reads the <c>components</c> table into a <see cref="ComponentTimeline"/>.</summary>
internal sealed class ComponentReadModel(PostgresEventStore store)
{
    /// <summary>The latest component of every family on each of <paramref name="dates"/> (the primary key finds them).</summary>
    public async Task<ComponentTimeline> LoadAsync(IReadOnlyCollection<DateOnly> dates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dates);
        await using var command = store.DataSource.CreateCommand(
            $"""SELECT data, stream_id, version, sha256 FROM "{store.Schema}".components WHERE family = ANY($1) AND as_of = ANY($2)""");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. SignalFamilies.All] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. dates] });
        var known = new List<KnownComponent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var recorded = JsonSerializer.Deserialize<ComponentRecorded>(reader.GetString(0), store.Serializer.Options)!;
            known.Add(ToKnown(recorded, reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        }
        return new ComponentTimeline(known);
    }

    public static KnownComponent ToKnown(ComponentRecorded recorded, string streamId, long version, string sha256) =>
        new(recorded.Family, recorded.AsOf, recorded.Values, new ComponentReference(
            recorded.Family, recorded.AsOf, streamId, version, sha256,
            recorded.Source.StreamId, recorded.Source.StreamVersion, recorded.Source.EventSha256));
}
