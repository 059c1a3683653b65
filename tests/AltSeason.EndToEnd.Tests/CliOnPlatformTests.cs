using System.Text;
using System.Text.Json.Nodes;
using AltSeason.Cli;
using AltSeason.Contracts.V1;
using AltSeason.EndToEnd.Tests.Support;
using AltSeason.ServiceDefaults.Auth;
using Dates = AltSeason.EndToEnd.Tests.Support.Dates;

namespace AltSeason.EndToEnd.Tests;

/// <summary>The `altseason` CLI against the real five-process platform after the reference backfill.</summary>
[Collection(ReferenceBackfill.Name)]
public sealed class CliOnPlatformTests(ReferenceBackfillFixture platform)
{
    async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var environment = new Dictionary<string, string?> { ["ALTSEASON_TOKEN"] = platform.Token([.. PlatformScopes.All]) };
        foreach (var service in PlatformDatabase.Schemas)
            environment[$"services__{service}__grpc__0"] = platform.App.Project(service).GrpcUrl;
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var outWriter = new StringWriter(output);
        using var errWriter = new StringWriter(error);
        var exit = await CliApp.RunAsync(args, new CliContext(outWriter, errWriter, name => environment.GetValueOrDefault(name)));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Score_json_is_the_score_the_platform_serves()
    {
        var (exit, output, error) = await RunAsync("score", "--as-of", "2026-01-14", "--json");
        Assert.True(exit == 0, error);
        var served = await platform.Clients.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Dates.Message("2026-01-14"), ModelVersion = "v1" });
        var json = JsonNode.Parse(output)!;
        Assert.Equal(served.ScorePoints, json["scorePoints"]!.GetValue<double>(), 9);
        Assert.Equal(served.Regime, json["regime"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_explain_and_audit_verify_answer_from_the_platform()
    {
        var history = await RunAsync("history", "--from", "2026-01-01", "--to", "2026-01-31", "--json");
        Assert.True(history.Exit == 0, history.Error);
        Assert.True(JsonNode.Parse(history.Output)!.AsArray().Count >= 20);

        var explain = await RunAsync("explain", "2026-01-14", "--json");
        Assert.True(explain.Exit == 0, explain.Error);

        var verify = await RunAsync("audit", "verify", "--service", "equities", "--json");
        Assert.True(verify.Exit == 0, verify.Error + verify.Output);
    }

    [Fact]
    public async Task A_bad_file_is_rejected_with_line_and_reason_and_a_non_zero_exit_code()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2026-01-02,1,2,0.5,abc,1,100\n");
        try
        {
            var (exit, output, _) = await RunAsync("ingest", file, "--format", "yahoo-csv", "--series", "equity/rut", "--json");
            Assert.Equal(5, exit);
            Assert.Matches("\"line\"\\s*:\\s*\"?2\"?[,\\s}]", output); // protobuf JSON writes int64 as a string
        }
        finally
        {
            File.Delete(file);
        }
    }
}
