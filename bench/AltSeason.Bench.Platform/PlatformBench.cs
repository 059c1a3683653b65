using AltSeason.AppHost;
using AltSeason.Bench.Platform.Audit;
using AltSeason.Bench.Platform.Backfill;
using AltSeason.Bench.Platform.Latency;
using AltSeason.Bench.Platform.Load;
using AltSeason.Bench.Platform.Memory;
using AltSeason.Bench.Platform.Platform;
using AltSeason.Bench.Reporting;
using Npgsql;

namespace AltSeason.Bench.Platform;

/// <summary>Runs each backfill size on a fresh platform; the first one also hosts the latency, load and audit runs.</summary>
static class PlatformBench
{
    public static async Task RunAsync(BenchOutput output, bool auditOnly)
    {
        if (auditOnly)
        {
            await RunAuditOnlyAsync(output);
            return;
        }
        var quick = output.Quick;
        var results = new List<BackfillResult>();
        long referenceRows = 0;
        var sizes = quick
            ? new List<BackfillSize>
            {
                new("small generated", 1, () => BackfillData.GeneratedAsync(4_000, seed: 11), TimeSpan.FromMinutes(3)),
                new("2x small generated", 2, () => BackfillData.GeneratedAsync(8_000, seed: 12), TimeSpan.FromMinutes(3)),
            }
            : [
                new("reference", 1, () => Task.FromResult(BackfillData.Reference()), TimeSpan.FromMinutes(5)),
                new("10x reference size, generated", 10, () => BackfillData.GeneratedAsync(10 * referenceRows, seed: 10), TimeSpan.FromMinutes(3)),
                new("100x reference size, generated", 100, () => BackfillData.GeneratedAsync(100 * referenceRows, seed: 100), TimeSpan.FromMinutes(5)),
            ];

        foreach (var size in sizes)
        {
            Console.WriteLine($"Backfill {size.Label}: generating data and starting the platform ...");
            var files = await size.Files();
            await using var platform = await RunningPlatform.StartAsync(size.Label.Split(' ')[0]);
            var memory = Sampler(platform);
            using var stopSampling = new CancellationTokenSource();
            var sampling = memory.SampleUntilAsync(stopSampling.Token);
            var result = await BackfillMeasurement.RunAsync(platform, size.Label, files, size.Budget);
            await stopSampling.CancelAsync();
            await sampling;
            results.Add(result);
            if (referenceRows == 0) referenceRows = Math.Max(1, result.Observations);
            await BackfillFigures.ReportAsync(output, platform, result);

            if (size == sizes[0]) await MeasureServingAsync(output, platform, files, quick);
            if (size == sizes[^1]) MemoryFigures.Report(output, size.Label, memory.PeakKiB, memory.PeakPrivateKiB, PlatformModel.ServiceNames);
        }
        BackfillFigures.ReportGrowth(output, results[^2], results[^1]);
        if (!quick)
            output.Add(new Figure($"backfill {results[^1].Label}: wall time", results[^1].WallTime.TotalMinutes, "min")
                .WithGoal("within 5 minutes", results[^1].Completed && results[^1].WallTime <= TimeSpan.FromMinutes(5)));
    }

    /// <summary>The reference backfill, then audit replay and verify only, in a few rounds (the machine is shared and noisy).</summary>
    static async Task RunAuditOnlyAsync(BenchOutput output)
    {
        await using var platform = await RunningPlatform.StartAsync("audit");
        var result = await BackfillMeasurement.RunAsync(platform, "reference", BackfillData.Reference(), TimeSpan.FromMinutes(5));
        await BackfillFigures.ReportAsync(output, platform, result);
        for (var round = 1; round <= 3; round++)
        {
            Console.WriteLine($"Audit round {round}:");
            await Guarded(output, "audit replay/verify", () => AuditThroughput.MeasureAsync(output, platform));
        }
    }

    /// <summary>On the first (reference) platform, once backfilled: latency of updates, GetScore under load, audit.</summary>
    static async Task MeasureServingAsync(BenchOutput output, RunningPlatform platform, IReadOnlyList<BackfillFile> files, bool quick)
    {
        var equityFile = files.First(f => f.FileName is "RUT.csv" or "^RUT.csv");
        var revision = SingleDayRevision.From(equityFile.FileName, equityFile.Format, equityFile.Content);
        await Guarded(output, "ingest-to-score latency", () =>
            IngestToScoreLatency.MeasureAsync(output, platform, revision, updates: quick ? 5 : 30, budget: TimeSpan.FromMinutes(quick ? 1 : 3)));
        await Guarded(output, "GetScore load", () =>
            GetScoreLoad.MeasureAsync(output, new Uri(platform.App.Project("scoring").GrpcUrl), revision.Day, platform.Authorization,
                concurrency: 16, duration: TimeSpan.FromSeconds(quick ? 2 : 5)));
        await Guarded(output, "audit replay/verify", () => AuditThroughput.MeasureAsync(output, platform));
    }

    /// <summary>One failed measurement is reported as such and the rest of the suite still runs.</summary>
    static async Task Guarded(BenchOutput output, string what, Func<Task> measure)
    {
        try
        {
            await measure();
        }
#pragma warning disable CA1031 // a benchmark reports any failure of one measurement and carries on with the others
        catch (Exception e)
#pragma warning restore CA1031
        {
            output.Note($"{what} FAILED: {e.GetType().Name}: {e.Message}");
        }
    }

    static PeakMemory Sampler(RunningPlatform platform)
    {
        var postgresPort = new NpgsqlConnectionStringBuilder(platform.ConnectionString).Port;
        return new PeakMemory(PlatformModel.ServiceNames.ToDictionary(s => s, s => platform.App.Project(s).AssemblyPath),
            postgresPort, platform.Servers.RabbitMqUri?.Port);
    }
}
