using AltSeason.EventStore.Events;
using AltSeason.EventStore.Projections;
using AltSeason.SignalServices.Events;
using NpgsqlTypes;

namespace AltSeason.SignalServices.Storage;

/// <summary>
/// Every evaluation by (as-of, version) with when it was recorded: the latest answers GetSignals, the latest
/// recorded by an instant answers time-travel queries, and its outputs decide whether a new one changed anything.
/// </summary>
internal sealed class EvaluationsProjection : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        var evaluations = events.Where(e => e.Data is SignalsEvaluated).ToList();
        if (evaluations.Count == 0) return;
        await using var insert = context.CreateCommand($"""
            INSERT INTO "{context.Schema}".signal_evaluations (as_of, version, recorded_at, sha256, data, values_json)
            SELECT * FROM unnest($1::date[], $2::bigint[], $3::timestamptz[], $4::text[], $5::text[], $6::text[])
            """);
        insert.Parameters.Add(new() { Value = evaluations.Select(e => ((SignalsEvaluated)e.Data).AsOf).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
        insert.Parameters.Add(new() { Value = evaluations.Select(e => e.Version).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        insert.Parameters.Add(new() { Value = evaluations.Select(e => e.RecordedAt).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        insert.Parameters.Add(new() { Value = evaluations.Select(e => Convert.ToHexStringLower(e.Hash)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        insert.Parameters.Add(new() { Value = evaluations.Select(e => e.Json).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        insert.Parameters.Add(new() { Value = evaluations.Select(e => OutputsJson.StoredValues(e.Json)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
