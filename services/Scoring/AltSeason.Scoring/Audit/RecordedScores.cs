using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.EventStore.Reading;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Evaluation;
using Npgsql;

namespace AltSeason.Scoring.Audit;

/// <summary>
/// What a score replay reads, in one query over the committed rows: the score events under a prefix (ordered by
/// stream and version) and every component event by (stream, version) with its stored hash. Not the global subscriber
/// order: that order holds back everything newer than the oldest open transaction anywhere in the database.
/// </summary>
internal sealed class RecordedScores
{
    public List<RecordedScore> Scores { get; } = [];
    public Dictionary<(string, long), RecordedComponent> Components { get; } = [];

    public static async Task<RecordedScores> ReadAsync(PostgresEventStore store, string prefix, CancellationToken ct)
    {
        var scoreType = store.Options.Events.ForClrType(typeof(ScoreEvaluated));
        var componentType = store.Options.Events.ForClrType(typeof(ComponentRecorded));
        var rows = new List<Row>();
        await using (var command = store.DataSource.CreateCommand($"""
            SELECT stream_id, version, event_type, type_version, data::text, hash FROM "{store.Schema}".events
            WHERE event_type = $1 OR (event_type = $2 AND starts_with(stream_id, 'score/') AND starts_with(stream_id, $3))
            """))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = componentType.Name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = scoreType.Name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var isScore = reader.GetString(2) == scoreType.Name;
                var current = isScore ? scoreType.Version : componentType.Version;
                rows.Add(new Row(reader.GetString(0), reader.GetInt64(1), isScore, reader.GetInt32(3) == current,
                    await StoredText.Utf8Async(reader, 4, ct), reader.GetFieldValue<byte[]>(5)));
            }
        }

        // Decoding is most of the cost: on every core. An event in an older shape goes through the store's upcasters.
        var options = store.Serializer.Options;
        var decoded = new object?[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var row = rows[i];
            if (!row.IsCurrentShape) return;
            decoded[i] = row.IsScore ? JsonSerializer.Deserialize<ScoreHeader>(row.Json, options) : ComponentReader.Read(row.Json, options);
        });

        var recorded = new RecordedScores();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var data = decoded[i] ?? await UpcastAsync(store, row, ct);
            if (row.IsScore) recorded.Scores.Add(new RecordedScore(row.StreamId, row.Version, row.Json, (ScoreHeader)data));
            else recorded.Components[(row.StreamId, row.Version)] = new RecordedComponent((ComponentRecorded)data, Convert.ToHexStringLower(row.Hash));
        }
        recorded.Scores.Sort((a, b) => a.StreamId != b.StreamId ? string.CompareOrdinal(a.StreamId, b.StreamId) : a.Version.CompareTo(b.Version));
        return recorded;
    }

    static async Task<object> UpcastAsync(PostgresEventStore store, Row row, CancellationToken ct)
    {
        var data = (await store.ReadStreamAsync(row.StreamId, new ReadStreamOptions { FromVersion = row.Version, ToVersion = row.Version }, ct))[0].Data;
        return data is ScoreEvaluated score ? new ScoreHeader(score.AsOf, score.ModelVersion, score.CodeVersion, score.Inputs) : data;
    }

    sealed record Row(string StreamId, long Version, bool IsScore, bool IsCurrentShape, byte[] Json, byte[] Hash);
}

/// <summary>The fields of a stored <see cref="ScoreEvaluated"/> a replay recomputes from; the rest is compared as stored bytes.</summary>
internal sealed record ScoreHeader(DateOnly AsOf, string ModelVersion, string CodeVersion, IReadOnlyList<ComponentReference> Inputs)
{
    public IReadOnlyList<ComponentReference> Inputs { get; init; } = Inputs ?? [];
    public string ModelVersion { get; init; } = ModelVersion ?? "";
    public string CodeVersion { get; init; } = CodeVersion ?? "";
}

/// <param name="Json">The stored event as UTF-8, compared byte for byte with the recomputed one.</param>
internal sealed record RecordedScore(string StreamId, long Version, byte[] Json, ScoreHeader Header);

internal sealed record RecordedComponent(ComponentRecorded Data, string Sha256);
