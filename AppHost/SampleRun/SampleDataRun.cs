using AltSeason.AppHost.Hosting;
using AltSeason.AppHost.Security;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using AltSeason.SampleData;
using AltSeason.ServiceDefaults.Auth;

namespace AltSeason.AppHost.SampleRun;

/// <summary>
/// What <c>./run.sh</c> does once the platform is healthy: writes the bundled (generated, seeded) sample data,
/// imports every file through the Ingestion gRPC API, waits until Scoring has scored the last sample day,
/// and prints that score with its components and regime.
/// </summary>
public static class SampleDataRun
{
    public static readonly SampleDataOptions Options = new(Seed: 2026, Start: new DateOnly(2025, 1, 1), Days: 400);

    public static async Task RunAsync(DistributedApplication app, string dataDirectory, CancellationToken ct)
    {
        var folder = Path.Combine(dataDirectory, "sample-data");
        var files = SampleDataGenerator.Write(folder, Options);
        Console.WriteLine($"Importing {files.Count} sample files from {folder} ...");

        using var ingestion = new GrpcClient(new Uri(app.Project("ingestion").GrpcUrl), PlatformSecurity.ClientOptions(dataDirectory, PlatformScopes.IngestWrite));
        var client = new IngestionClient(ingestion);
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            await using var content = File.OpenRead(file);
            var report = await client.UploadAsync(new ImportHeader { FileName = Path.GetFileName(file) }, content,
                options: new CallOptions { CancellationToken = ct });
            var outcome = report.Accepted ? (report.Duplicate ? "already imported" : $"{report.AcceptedRows} rows") : "REJECTED: " + string.Join("; ", report.Errors.Take(3).Select(e => $"{e.File}:{e.Line}: {e.Reason}"));
            Console.WriteLine($"  {Path.GetFileName(file),-48} {outcome}");
        }

        var lastDay = Options.FirstDay.AddDays(Options.Days - 1);
        using var scoringChannel = new GrpcClient(new Uri(app.Project("scoring").GrpcUrl), PlatformSecurity.ClientOptions(dataDirectory, PlatformScopes.ScoreRead));
        var score = await WaitForStableScoreAsync(new ScoringClient(scoringChannel), lastDay, ct);
        ScoreTable.Print(score);
        Console.WriteLine();
        Console.WriteLine("Calls need a token. Mint one with the CLI from this run's key, e.g.:");
        Console.WriteLine($"  export ALTSEASON_TOKEN=$(dotnet tools/AltSeason.Cli/bin/Release/net10.0/altseason.dll token mint --scopes score:read,audit:read --key-file {PlatformSecurity.KeyFile(dataDirectory)})");
    }

    /// <summary>Polls until the day's score has every component and has not changed for a few seconds (the backfill settled); after five minutes it shows what there is.</summary>
    static async Task<ScoreEvaluation> WaitForStableScoreAsync(ScoringClient scoring, DateOnly day, CancellationToken ct)
    {
        Console.WriteLine($"Waiting for the score of {day:yyyy-MM-dd} ...");
        ScoreEvaluation? last = null;
        var stableSince = DateTime.UtcNow;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var current = await scoring.GetScoreAsync(new GetScoreRequest { AsOf = day.ToMessage(), ModelVersion = "v1" },
                    new CallOptions { CancellationToken = ct, Deadline = DateTime.UtcNow.AddSeconds(10) });
                if (last is null || !current.Event.Equals(last.Event)) { last = current; stableSince = DateTime.UtcNow; }
                // Families arrive in batches, seconds apart: settled means complete and unchanged for a while.
                else if (current.MissingComponents.Count == 0 && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(5)) return current;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.Unavailable) { }
            await Task.Delay(1000, ct);
        }
        return last ?? throw new TimeoutException($"Scoring produced no score for {day:yyyy-MM-dd} within 5 minutes; see the service logs above.");
    }
}
