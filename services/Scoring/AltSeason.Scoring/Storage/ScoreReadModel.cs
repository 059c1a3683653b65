using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.Scoring.Evaluation;
using Npgsql;

namespace AltSeason.Scoring.Storage;

/// <summary>Reads the <c>scores</c> table: the latest evaluation per date, and which dates existed at an instant.</summary>
internal sealed class ScoreReadModel(PostgresEventStore store)
{
    public async Task<IReadOnlyList<StoredScore>> ListAsync(string modelVersion, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT data, stream_id, version, sha256, recorded_at FROM "{store.Schema}".scores
            WHERE model_version = $1 AND as_of BETWEEN $2 AND $3 ORDER BY as_of
            """);
        AddRange(command, modelVersion, from, to);
        var scores = new List<StoredScore>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            scores.Add(new StoredScore(JsonSerializer.Deserialize<ScoreEvaluated>(reader.GetString(0), store.Serializer.Options)!,
                reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        return scores;
    }

    /// <summary>
    /// What a re-score needs of the stored score of each of <paramref name="dates"/> that has one: where its stream
    /// stands and its result hash. Rows written before the hash was kept are decoded to compute it.
    /// </summary>
    public async Task<IReadOnlyList<ScoreHead>> HeadsAsync(string modelVersion, IReadOnlyCollection<DateOnly> dates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dates);
        await using var command = store.DataSource.CreateCommand($"""
            SELECT as_of, version, sha256, result_sha256, CASE WHEN result_sha256 IS NULL THEN data END FROM "{store.Schema}".scores
            WHERE model_version = $1 AND as_of = ANY($2) ORDER BY as_of
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ScoreStreams.NormalizeModel(modelVersion) });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. dates] });
        var heads = new List<ScoreHead>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var result = reader.IsDBNull(3)
                ? ScoreEventBuilder.ResultSha256(JsonSerializer.Deserialize<ScoreEvaluated>(reader.GetString(4), store.Serializer.Options)!)
                : reader.GetString(3);
            heads.Add(new ScoreHead(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetString(2), result));
        }
        return heads;
    }

    /// <summary>Dates in the range that had a score at <paramref name="knownAt"/>, ascending.</summary>
    public async Task<IReadOnlyList<DateOnly>> DatesKnownAtAsync(string modelVersion, DateOnly from, DateOnly to, DateTimeOffset knownAt,
        CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT as_of FROM "{store.Schema}".scores
            WHERE model_version = $1 AND as_of BETWEEN $2 AND $3 AND first_recorded_at <= $4 ORDER BY as_of
            """);
        AddRange(command, modelVersion, from, to);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = knownAt.ToUniversalTime() });
        var dates = new List<DateOnly>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) dates.Add(reader.GetFieldValue<DateOnly>(0));
        return dates;
    }

    /// <summary>The most recent market date that has a score, or null when there is none yet.</summary>
    public async Task<DateOnly?> LatestDateAsync(string modelVersion, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            $"""SELECT max(as_of) FROM "{store.Schema}".scores WHERE model_version = $1""");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ScoreStreams.NormalizeModel(modelVersion) });
        // Npgsql hands a scalar date back as DateTime.
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            _ => null,
        };
    }

    static void AddRange(NpgsqlCommand command, string modelVersion, DateOnly from, DateOnly to)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ScoreStreams.NormalizeModel(modelVersion) });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = to });
    }
}
