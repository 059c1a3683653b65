using Npgsql;
using NpgsqlTypes;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// The inbox rows of <c>PostgresEventStore.HandleOnceAsync</c>, claimed in our own transaction: the handler must read
/// its projections between two saves of the same transaction, which HandleOnceAsync's callback cannot.
/// Same table and semantics: a concurrent duplicate waits on the row, then sees the conflict.
/// </summary>
public static class InboxClaim
{
    /// <summary>
    /// Claims every id it can and returns those it claimed (the others were handled before). Rows are inserted in
    /// sorted order, so two instances claiming overlapping batches wait on each other instead of deadlocking.
    /// </summary>
    public static async Task<IReadOnlySet<string>> TryClaimAllAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema,
        IReadOnlyList<string> messageIds, string consumer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        await using var claim = new NpgsqlCommand($"""
            INSERT INTO "{schema}".inbox (message_id, consumer)
            SELECT id, $2 FROM (SELECT DISTINCT unnest($1::text[]) AS id) ids ORDER BY id COLLATE "C"
            ON CONFLICT DO NOTHING RETURNING message_id
            """, connection, transaction);
        claim.Parameters.Add(new NpgsqlParameter { Value = messageIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = consumer });
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await claim.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) claimed.Add(reader.GetString(0));
        return claimed;
    }
}
