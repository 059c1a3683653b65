using AltSeason.Bench.Platform.Backfill;
using AltSeason.Bench.Platform.Latency;
using AltSeason.Bench.Platform.Platform;
using AltSeason.Bench.Reporting;

namespace AltSeason.Bench.Platform.Load;

/// <summary>
/// <c>--getscore-only</c>: the reference backfill (small generated data with <c>--quick</c>), then GetScore under load
/// against bare Kestrel, in a few rounds: the machine is shared, so one round alone says little.
/// </summary>
static class GetScoreOnly
{
    public const string Flag = "--getscore-only";

    public static async Task RunAsync(BenchOutput output, int rounds = 3)
    {
        var files = output.Quick ? await BackfillData.GeneratedAsync(4_000, seed: 11) : BackfillData.Reference();
        await using var platform = await RunningPlatform.StartAsync("getscore");
        var result = await BackfillMeasurement.RunAsync(platform, "reference", files, TimeSpan.FromMinutes(5));
        await BackfillFigures.ReportAsync(output, platform, result);
        var equities = files.First(f => f.FileName is "RUT.csv" or "^RUT.csv");
        var day = SingleDayRevision.From(equities.FileName, equities.Format, equities.Content).Day;
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"GetScore round {round} of {rounds}:");
            await GetScoreLoad.MeasureAsync(output, new Uri(platform.App.Project("scoring").GrpcUrl), day, platform.Authorization,
                concurrency: 16, duration: TimeSpan.FromSeconds(output.Quick ? 2 : 5));
        }
    }
}
