using System.Text.Json.Nodes;
using AltSeason.Cli;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using AltSeason.ServiceDefaults.Auth;
using Npgsql;

namespace AltSeason.Security.Tests.Platform;

/// <summary>
/// The full platform with TLS and auth on, started once for the class: data in over TLS with an ingest:write token, a
/// score out with score:read, the wrong or no token refused, cleartext refused, the altseason CLI trusting the AppHost's
/// certificate on its own, an admin rebuild of Scoring's read model, and no secret in any service's log.
/// </summary>
public sealed class TlsPlatformTests(TlsPlatform platform) : IClassFixture<TlsPlatform>
{
    GrpcClient Scoring(string? scope) => new(platform.Grpc("scoring"),
        new GrpcClientOptions { MaxRetryAttempts = 0, TrustedServerCertificate = platform.ClientOptions().TrustedServerCertificate }
            .WithAccessToken(scope is null ? null : platform.Token(scope)));

    async Task<RpcException?> GetScore(string? scope, DateOnly date)
    {
        using var client = Scoring(scope);
        try
        {
            await new ScoringClient(client).GetScoreAsync(new GetScoreRequest { AsOf = date.ToMessage() });
            return null;
        }
        catch (RpcException e) { return e; }
    }

    [Fact]
    public async Task Ingested_data_is_scored_over_tls_and_get_score_checks_the_token()
    {
        Assert.Equal("https", platform.Grpc("scoring").Scheme);
        var date = await platform.ScoredDateAsync();

        using (var client = Scoring(PlatformScopes.ScoreRead))
        {
            var score = await new ScoringClient(client).GetScoreAsync(new GetScoreRequest { AsOf = date.ToMessage() });
            Assert.Equal(date, score.AsOf.ToDateOnly("as_of"));
        }

        var wrongScope = await GetScore(PlatformScopes.IngestWrite, date);
        Assert.Equal(StatusCode.PermissionDenied, wrongScope?.StatusCode);
        Assert.Contains(PlatformScopes.ScoreRead, wrongScope!.Status.Detail);
        Assert.Equal(StatusCode.Unauthenticated, (await GetScore(null, date))?.StatusCode);
    }

    [Fact]
    public async Task Cleartext_h2c_to_the_tls_port_fails_at_once_naming_the_address()
    {
        var cleartext = new UriBuilder(platform.Grpc("scoring")) { Scheme = "http" }.Uri;
        using var client = new GrpcClient(cleartext, new GrpcClientOptions { MaxRetryAttempts = 0 }.WithAccessToken(platform.Token(PlatformScopes.ScoreRead)));

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            new HealthClient(client).CheckAsync(options: CallOptions.WithTimeout(TimeSpan.FromSeconds(20), idempotent: false)));

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.Contains(cleartext.Authority, refused.Status.Detail);
    }

    [Fact]
    public async Task The_cli_trusts_the_apphost_certificate_from_the_data_folder()
    {
        var date = await platform.ScoredDateAsync();
        var environment = new Dictionary<string, string>
        {
            [AppHostDataFolder.Variable] = platform.DataDirectory,
            ["services__scoring__grpc__0"] = platform.Grpc("scoring").ToString(),
            [TokenSource.TokenVariable] = platform.Token(PlatformScopes.ScoreRead),
        };

        var (exitCode, output, error) = await RunCliAsync(environment, "score", "--as-of", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.NotNull(JsonNode.Parse(output)!["scorePoints"]);

        environment[AppHostDataFolder.Variable] = Path.Combine(platform.DataDirectory, "no-such-folder");
        (exitCode, _, error) = await RunCliAsync(environment, "score", "--as-of", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ExitCodes.Unreachable, exitCode);
        Assert.Contains("does not trust", error);
        Assert.Contains(Path.Combine("no-such-folder", "tls", "dev-cert.pem"), error);
    }

    [Fact]
    public async Task An_admin_rebuild_restores_a_tampered_score_row_over_tls()
    {
        await platform.ScoredDateAsync();
        var database = platform.App.Servers!.PostgresConnectionString;
        const string Snapshot = "SELECT string_agg(t::text, E'\\n' ORDER BY t::text) FROM scoring.scores t";
        // Scores keep coming while the last evaluations arrive: compare with a snapshot taken when nothing changed.
        var firstRun = await StableAsync(database, Snapshot);
        await ExecuteAsync(database, """
            UPDATE scoring.scores SET data = '{"score":100}', sha256 = repeat('0', 64)
              WHERE (model_version, as_of) = (SELECT model_version, as_of FROM scoring.scores ORDER BY as_of DESC LIMIT 1)
            """);
        Assert.NotEqual(firstRun, await TextAsync(database, Snapshot));

        var environment = new Dictionary<string, string>
        {
            [AppHostDataFolder.Variable] = platform.DataDirectory,
            [TokenSource.TokenVariable] = platform.Token(PlatformScopes.Admin),
        };
        var (exitCode, output, error) = await RunCliAsync(environment, "audit", "rebuild", "--service", "scoring",
            "--endpoint", platform.Grpc("scoring").ToString(), "--json");

        Assert.True(exitCode == ExitCodes.Success, error);
        var tables = JsonNode.Parse(output)!["tables"]!.AsArray().Select(t => t!["name"]!.GetValue<string>());
        Assert.Equal(["components", "scores"], tables);
        Assert.Equal(firstRun, await TextAsync(database, Snapshot));
    }

    [Fact]
    public async Task No_service_log_holds_a_token_or_the_signing_key()
    {
        await platform.ScoredDateAsync();
        await GetScore(PlatformScopes.IngestWrite, new DateOnly(2026, 1, 2)); // a refused token, too
        var logs = platform.Logs;
        var key = (await File.ReadAllTextAsync(Path.Combine(platform.DataDirectory, "auth-signing.key"))).Trim();

        Assert.Contains("dates evaluated", logs); // the capture holds the services' own lines
        Assert.DoesNotContain(key, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(key[..16], logs, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", logs, StringComparison.Ordinal); // every JWT starts with the base64 of '{"'
        Assert.DoesNotContain("Bearer ey", logs, StringComparison.Ordinal);
    }

    static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(Dictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, new CliContext(output, error, name => environment.GetValueOrDefault(name)));
        return (exitCode, output.ToString(), error.ToString());
    }

    static async Task<string> StableAsync(string database, string sql)
    {
        var previous = await TextAsync(database, sql);
        for (var i = 0; i < 60; i++)
        {
            await Task.Delay(1000);
            var current = await TextAsync(database, sql);
            if (current == previous) return current;
            previous = current;
        }
        throw new TimeoutException("Scoring's scores table kept changing for a minute.");
    }

    static async Task<string> TextAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
