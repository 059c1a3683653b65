using Npgsql;

namespace AltSeason.Bench.Platform.Backfill;

/// <summary>
/// Where the asynchronous pipeline stands, read straight from each service's schema: events written, messages
/// not yet relayed, messages consumed, and when the last score was recorded.
/// </summary>
sealed record PipelineSnapshot(IReadOnlyDictionary<string, long> Events, long OutboxRows, long PendingOutbox, long InboxRows, DateTimeOffset? LastScoreRecordedAt)
{
    static readonly string[] SignalServices = ["equities", "derivatives", "onchain"];

    public IReadOnlyDictionary<string, long> InboxBySchema { get; init; } = new Dictionary<string, long>();
    public long IngestionOutbox { get; init; }

    /// <summary>Family evaluations the signal services recorded: Scoring claims one inbox row for each.</summary>
    public long FamilyEvaluations { get; init; }

    /// <summary>Inputs the signal services stored but have not evaluated yet (they wait for the messages to pause).</summary>
    public long PendingEvaluations { get; init; }

    public long Evaluations => Events.Where(e => e.Key != "ingestion").Sum(e => e.Value);
    public string Fingerprint => string.Join(",", Events.Values) + "|" + InboxRows;

    /// <summary>
    /// Every signal service has stored every ingestion message (each claims an inbox row per message in the
    /// transaction that stores its inputs) and evaluated everything it stored, so a service still computing a long
    /// evaluation is not mistaken for idle.
    /// </summary>
    public bool SignalServicesCaughtUp => SignalServices.All(s => InboxBySchema.GetValueOrDefault(s) >= IngestionOutbox) && PendingEvaluations == 0;

    /// <summary>
    /// Scoring has scored every family evaluation recorded so far (its inbox key is the evaluation's stream@version):
    /// a long scoring batch commits nothing for seconds, and a quiet pause alone once ended a backfill half scored.
    /// </summary>
    public bool ScoringCaughtUp => InboxBySchema.GetValueOrDefault("scoring") >= FamilyEvaluations;

    public bool CaughtUp => SignalServicesCaughtUp && ScoringCaughtUp;
}

sealed class PipelineProgress(string connectionString)
{
    public static readonly string[] Schemas = ["ingestion", "equities", "derivatives", "onchain", "scoring"];

    public async Task<PipelineSnapshot> ReadAsync(CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var events = new Dictionary<string, long>();
        long outbox = 0, pending = 0, inbox = 0, ingestionOutbox = 0, familyEvaluations = 0, pendingEvaluations = 0;
        var inboxBySchema = new Dictionary<string, long>();
        DateTimeOffset? lastScore = null;
        foreach (var schema in Schemas)
        {
            if (!await TableExistsAsync(connection, schema, ct))
            {
                events[schema] = 0;
                continue;
            }
            // The schema names are our own constants above, never user input.
            events[schema] = await ScalarAsync(connection, $"SELECT count(*) FROM \"{schema}\".events", ct);
            var schemaOutbox = await ScalarAsync(connection, $"SELECT count(*) FROM \"{schema}\".outbox", ct);
            outbox += schemaOutbox;
            if (schema == "ingestion") ingestionOutbox = schemaOutbox;
            pending += await ScalarAsync(connection, $"SELECT count(*) FROM \"{schema}\".outbox WHERE sent_at IS NULL", ct);
            inboxBySchema[schema] = await ScalarAsync(connection, $"SELECT count(*) FROM \"{schema}\".inbox", ct);
            inbox += inboxBySchema[schema];
            if (schema is not ("ingestion" or "scoring"))
            {
                familyEvaluations += await ScalarAsync(connection, $"SELECT count(*) FROM \"{schema}\".events WHERE event_type = 'SignalsEvaluated'", ct);
                if (await ScalarAsync(connection, $"SELECT count(*) FROM pg_tables WHERE schemaname = '{schema}' AND tablename = 'signal_pending_evaluations'", ct) > 0)
                    pendingEvaluations += await ScalarAsync(connection, $"SELECT count(*) FROM \"{schema}\".signal_pending_evaluations", ct);
            }
            if (schema == "scoring")
            {
                await using var command = new NpgsqlCommand("SELECT max(recorded_at) FROM scoring.events", connection);
                if (await command.ExecuteScalarAsync(ct) is DateTime at) lastScore = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc));
            }
        }
        return new PipelineSnapshot(events, outbox, pending, inbox, lastScore) {
            InboxBySchema = inboxBySchema, IngestionOutbox = ingestionOutbox, FamilyEvaluations = familyEvaluations, PendingEvaluations = pendingEvaluations,
        };
    }

    static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name IN ('events', 'outbox', 'inbox')", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 3;
    }

    static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
#pragma warning disable CA2100 // the SQL only interpolates the fixed schema names of this class
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
