using System.Diagnostics;
using AltSeason.Bench.Platform.Platform;
using AltSeason.Bench.Reporting;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;

namespace AltSeason.Bench.Platform.Audit;

/// <summary>
/// Replay (recompute every evaluation from its recorded inputs and compare byte for byte) and Verify (walk every
/// hash chain) over all evaluation history, through each service's Audit gRPC API; events per second. Goal for
/// replay: 100,000 events/s or more. Baseline: reading the same services' History of one stream is not comparable,
/// so the verify rate (hashing only) is the baseline replay is set against.
/// </summary>
static class AuditThroughput
{
    static readonly string[] EvaluatingServices = ["equities", "derivatives", "onchain", "scoring"];

    public static async Task MeasureAsync(BenchOutput output, RunningPlatform platform)
    {
        long replayed = 0, verified = 0, differences = 0;
        var replayTime = TimeSpan.Zero;
        var verifyTime = TimeSpan.Zero;
        var options = new CallOptions { Deadline = DateTime.UtcNow.AddMinutes(10) };
        foreach (var service in EvaluatingServices)
        {
            var audit = new AuditClient(platform.Channel(service));
            var clock = Stopwatch.StartNew();
            var replay = await audit.ReplayAsync(new ReplayRequest(), options);
            var serviceReplay = clock.Elapsed;
            clock.Restart();
            var verify = await audit.VerifyAsync(new VerifyRequest(), options);
            var serviceVerify = clock.Elapsed;
            replayed += replay.EventsReplayed;
            differences += replay.Differences;
            verified += verify.EventsChecked;
            replayTime += serviceReplay;
            verifyTime += serviceVerify;
            output.Add(new Figure($"replay {service} ({replay.EventsReplayed:N0} events, {replay.Differences} differences)",
                replay.EventsReplayed / serviceReplay.TotalSeconds, "events/s")
                .Against("verify of the same service", verify.EventsChecked / serviceVerify.TotalSeconds));
            if (!verify.Ok) output.Note($"verify of {service} reported a broken chain");
            if (await ReplayShape.DescribeAsync(platform.ConnectionString, service) is { } shape) output.Note(shape);
            if (replay.EventsReplayed == 0 && verify.EventsChecked > 0)
                output.Note($"{service}'s Replay (empty prefix = every stream) replayed 0 of the {verify.EventsChecked:N0} events its Verify checked");
        }
        var replayRate = replayed / replayTime.TotalSeconds;
        output.Add(new Figure($"replay all evaluation history ({replayed:N0} events, {differences} differences)", replayRate, "events/s")
            .Against("verify all hash chains", verified / verifyTime.TotalSeconds)
            .WithGoal(">= 100,000 events/s", replayRate >= 100_000));
        output.Add(new Figure($"verify all evaluation history ({verified:N0} events)", verified / verifyTime.TotalSeconds, "events/s"));
    }
}
