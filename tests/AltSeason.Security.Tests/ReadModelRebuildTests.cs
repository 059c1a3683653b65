using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.Testing;
using Google.Protobuf;
using Npgsql;

namespace AltSeason.Security.Tests;

/// <summary>
/// Audit Rebuild on the real Equities and Ingestion services: read-model rows tampered with in PostgreSQL (never the
/// events) come back as the events say, the same as the first run wrote them; a failing rebuild changes nothing; only
/// <c>admin</c> may rebuild.
/// </summary>
public sealed class ReadModelRebuildTests(SecuredServices services) : IClassFixture<SecuredServices>, IAsyncLifetime
{
    static readonly string[] EquitiesTables = ["signal_inputs", "signal_input_heads", "signal_evaluations"];

    public async Task InitializeAsync()
    {
        // Idempotent: the import of the same content is a no-op, so every test of the class can ask for it.
        foreach (var file in new[] { "RUT.csv", "SPX.csv" })
        {
            var lines = await File.ReadAllLinesAsync(ReferenceData.PathOf(file));
            var content = string.Join('\n', [lines[0], .. lines[^250..]]) + "\n";
            using var client = Client(services.IngestionGrpc, PlatformScopes.IngestWrite);
            var report = await new IngestionClient(client).ImportAsync(new ImportRequest { FileName = file, Content = ByteString.CopyFromUtf8(content) });
            Assert.True(report.Accepted, string.Join("; ", report.Errors.Select(e => e.Reason)));
        }

        // Each ingestion is one message; Equities records it in its inbox in the transaction that evaluates it.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await ScalarAsync(services.EquitiesDatabase, "SELECT count(*) FROM equities.inbox") < 2 || await ScalarAsync(services.EquitiesDatabase, "SELECT count(*) FROM equities.signal_evaluations") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Equities did not evaluate the two imports within 2 minutes.");
            await Task.Delay(250);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Tampered_signal_tables_are_rebuilt_equal_to_the_first_run()
    {
        var firstRun = await SnapshotAsync(services.EquitiesDatabase, "equities", EquitiesTables);
        await ExecuteAsync(services.EquitiesDatabase, """
            UPDATE equities.signal_evaluations SET values_json = '{"tampered":true}', data = '{}'
              WHERE (as_of, version) = (SELECT as_of, version FROM equities.signal_evaluations ORDER BY as_of DESC LIMIT 1);
            DELETE FROM equities.signal_inputs WHERE ctid = (SELECT ctid FROM equities.signal_inputs LIMIT 1);
            UPDATE equities.signal_input_heads SET sha256 = repeat('0', 64);
            INSERT INTO equities.signal_input_heads VALUES ('inputs/equity/forged', 'equity/forged', 1, repeat('f', 64), 'nobody');
            """);
        Assert.NotEqual(firstRun, await SnapshotAsync(services.EquitiesDatabase, "equities", EquitiesTables));

        var report = await RebuildAsync(services.EquitiesGrpc);

        Assert.Equal(firstRun, await SnapshotAsync(services.EquitiesDatabase, "equities", EquitiesTables));
        Assert.Equal(await ScalarAsync(services.EquitiesDatabase, "SELECT count(*) FROM equities.events"), report.EventsApplied);
        Assert.Equal(EquitiesTables, report.Tables.Select(t => t.Name));
        var heads = report.Tables.Single(t => t.Name == "signal_input_heads");
        Assert.Equal(heads.RowsAfter + 1, heads.RowsBefore);
        Assert.Equal(await ScalarAsync(services.EquitiesDatabase, "SELECT count(*) FROM equities.signal_input_heads"), heads.RowsAfter);

        using var reader = Client(services.EquitiesGrpc, PlatformScopes.AuditRead);
        Assert.True((await new AuditClient(reader).VerifyAsync(new VerifyRequest())).Ok);
    }

    [Fact]
    public async Task A_failing_rebuild_leaves_the_old_tables_as_they_were()
    {
        await ExecuteAsync(services.IngestionDatabase, """
            UPDATE ingestion.current_values SET value = -1
              WHERE ctid = (SELECT ctid FROM ingestion.current_values ORDER BY observed_at DESC LIMIT 1);
            CREATE FUNCTION ingestion.fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$;
            CREATE TRIGGER fail_insert BEFORE INSERT ON ingestion.current_values FOR EACH ROW EXECUTE FUNCTION ingestion.fail_insert();
            """);
        var tampered = await SnapshotAsync(services.IngestionDatabase, "ingestion", ["current_values"]);
        try
        {
            var failed = await Assert.ThrowsAsync<RpcException>(() => RebuildAsync(services.IngestionGrpc));
            Assert.Equal(StatusCode.Aborted, failed.StatusCode);
            Assert.Contains("unchanged", failed.Status.Detail);
            Assert.Contains("disk full (test)", failed.Status.Detail);
            Assert.Equal(tampered, await SnapshotAsync(services.IngestionDatabase, "ingestion", ["current_values"]));
        }
        finally
        {
            await ExecuteAsync(services.IngestionDatabase, "DROP TRIGGER fail_insert ON ingestion.current_values; DROP FUNCTION ingestion.fail_insert();");
        }

        var report = await RebuildAsync(services.IngestionGrpc);
        Assert.Equal("current_values", Assert.Single(report.Tables).Name);
        Assert.Equal(0, await ScalarAsync(services.IngestionDatabase, "SELECT count(*) FROM ingestion.current_values WHERE value = -1"));
    }

    [Fact]
    public async Task Only_admin_may_rebuild_and_audit_reads_still_need_only_audit_read()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => RebuildAsync(services.EquitiesGrpc, PlatformScopes.AuditRead));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains(PlatformScopes.Admin, refused.Status.Detail);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => RebuildAsync(services.EquitiesGrpc, scope: null))).StatusCode);

        using var reader = Client(services.EquitiesGrpc, PlatformScopes.AuditRead);
        Assert.True((await new AuditClient(reader).VerifyAsync(new VerifyRequest())).Ok);
        using var admin = Client(services.EquitiesGrpc, PlatformScopes.Admin);
        var adminReads = await Assert.ThrowsAsync<RpcException>(() => new AuditClient(admin).VerifyAsync(new VerifyRequest()));
        Assert.Equal(StatusCode.PermissionDenied, adminReads.StatusCode);
    }

    static GrpcClient Client(Uri address, string? scope) =>
        new(address, new GrpcClientOptions { MaxRetryAttempts = 0 }.WithAccessToken(scope is null ? null : TestTokens.For(scope)));

    static async Task<RebuildReport> RebuildAsync(Uri address, string? scope = PlatformScopes.Admin)
    {
        using var client = Client(address, scope);
        return await client.UnaryAsync<RebuildRequest, RebuildReport>(AuditClient.Service + "/Rebuild", new RebuildRequest());
    }

    /// <summary>Every row of every table as text, in a stable order: equal snapshots mean equal tables.</summary>
    static async Task<string> SnapshotAsync(string database, string schema, IEnumerable<string> tables)
    {
        var parts = new List<string>();
        foreach (var table in tables)
        {
            var text = await ScalarTextAsync(database, $"""SELECT coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '') FROM "{schema}"."{table}" t""");
            parts.Add($"== {table}\n{text}");
        }
        return string.Join('\n', parts);
    }

    static async Task<long> ScalarAsync(string database, string sql) => Convert.ToInt64(await QueryAsync(database, sql), System.Globalization.CultureInfo.InvariantCulture);

    static async Task<string> ScalarTextAsync(string database, string sql) => (string)(await QueryAsync(database, sql))!;

    static async Task<object?> QueryAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
