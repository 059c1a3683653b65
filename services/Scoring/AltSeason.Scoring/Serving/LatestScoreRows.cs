using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.Grpc;
using AltSeason.Scoring.Api;
using AltSeason.Scoring.Evaluation;
using Npgsql;

namespace AltSeason.Scoring.Serving;

/// <summary>Reads rows of the <c>scores</c> read model (the latest event per date) as ready-to-send messages.</summary>
internal sealed class LatestScoreRows(PostgresEventStore store)
{
    const string Columns = "s.model_version, s.as_of, s.data, s.stream_id, s.version, s.sha256, s.recorded_at";

    public Task<List<(ScoreKey, CachedScore)>> AllAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ReadAsync(new NpgsqlCommand($"""SELECT {Columns} FROM "{store.Schema}".scores s""", connection), cancellationToken);

    /// <summary>The current rows of these keys; a key without a row is left out.</summary>
    public Task<List<(ScoreKey, CachedScore)>> ForKeysAsync(NpgsqlConnection connection, IReadOnlyCollection<ScoreKey> keys,
        CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand($"""
            SELECT {Columns} FROM "{store.Schema}".scores s
            JOIN unnest($1::text[], $2::date[]) AS k(model_version, as_of) ON k.model_version = s.model_version AND k.as_of = s.as_of
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys.Select(k => k.Model)] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. keys.Select(k => k.AsOf)] });
        return ReadAsync(command, cancellationToken);
    }

    async Task<List<(ScoreKey, CachedScore)>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var _ = command;
        var rows = new List<(ScoreKey, CachedScore)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var score = JsonSerializer.Deserialize<ScoreEvaluated>(reader.GetString(2), store.Serializer.Options)
                ?? throw new InvalidDataException($"scores row {reader.GetString(3)} holds JSON null.");
            var stored = new StoredScore(score, reader.GetString(3), reader.GetInt64(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6));
            rows.Add((new ScoreKey(reader.GetString(0), reader.GetFieldValue<DateOnly>(1)), new CachedScore(stored.Version, PreparedMessages.Prepare(stored.ToMessage()))));
        }
        return rows;
    }
}
