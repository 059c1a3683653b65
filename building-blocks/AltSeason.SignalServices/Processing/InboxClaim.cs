using Npgsql;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// The inbox row of <c>PostgresEventStore.HandleOnceAsync</c>, claimed in our own transaction: the handler must read
/// its projections between two saves of the same transaction, which HandleOnceAsync's callback cannot.
/// Same table and semantics: a concurrent duplicate waits on the row, then sees the conflict.
/// </summary>
internal static class InboxClaim
{
    public static async Task<bool> TryClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema,
        string messageId, string consumer, CancellationToken ct)
    {
        await using var claim = new NpgsqlCommand(
            $"""INSERT INTO "{schema}".inbox (message_id, consumer) VALUES ($1, $2) ON CONFLICT DO NOTHING""", connection, transaction);
        claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = messageId });
        claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = consumer });
        return await claim.ExecuteNonQueryAsync(ct) == 1;
    }
}
