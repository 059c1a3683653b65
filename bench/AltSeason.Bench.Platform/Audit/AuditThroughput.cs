using System.Diagnostics;
using AltSeason.Bench.Platform.Baselines;
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
/// so the verify rate (hashing only) is the baseline replay is set against, and both are set against a raw read of the
/// same services' event rows (the bytes an audit cannot do without).
/// </summary>
static class AuditThroughput
{
    static readonly string[] EvaluatingServices = ["equities", "derivatives", "onchain", "scoring"];

    /// <summary>Calls after the first: the first pays for the JIT and cold caches of a path a live service never ran.</summary>
    const int WarmRounds = 3;

    public static async Task MeasureAsync(BenchOutput output, RunningPlatform platform)
    {
        long replayed = 0, verified = 0, differences = 0;
        TimeSpan replayTime = TimeSpan.Zero, readTimeOfReplayed = TimeSpan.Zero, firstReplayTime = TimeSpan.Zero, verifyTime = TimeSpan.Zero;
        var options = new CallOptions { Deadline = DateTime.UtcNow.AddMinutes(10) };
        foreach (var service in EvaluatingServices)
        {
            var audit = new AuditClient(platform.Channel(service));
            var (replay, firstReplay) = await TimeAsync(() => audit.ReplayAsync(new ReplayRequest(), options));
            var serviceReplay = firstReplay;
            for (var round = 0; round < WarmRounds; round++)
                serviceReplay = Min(serviceReplay, (await TimeAsync(() => audit.ReplayAsync(new ReplayRequest(), options))).Elapsed);
            var (verify, serviceVerify) = await TimeAsync(() => audit.VerifyAsync(new VerifyRequest(), options));
            for (var round = 0; round < WarmRounds; round++)
                serviceVerify = Min(serviceVerify, (await TimeAsync(() => audit.VerifyAsync(new VerifyRequest(), options))).Elapsed);
            var (rows, readTime) = await ReadBaseline.ReadAllAsync(platform.ConnectionString, service, WarmRounds);
            replayed += replay.EventsReplayed;
            differences += replay.Differences;
            verified += verify.EventsChecked;
            replayTime += serviceReplay;
            firstReplayTime += firstReplay;
            verifyTime += serviceVerify;
            output.Add(new Figure($"replay {service} ({replay.EventsReplayed:N0} events, {replay.Differences} differences)",
                replay.EventsReplayed / serviceReplay.TotalSeconds, "events/s")
                { Note = $"best of {WarmRounds} calls after the first; the first took {firstReplay.TotalMilliseconds:N0} ms" }
                .Against("verify of the same service", verify.EventsChecked / serviceVerify.TotalSeconds));
            // In the same unit as replay: evaluations per second if replay did nothing but read the rows it needs.
            output.Add(new Figure($"replay {service}, against only reading its rows", replay.EventsReplayed / serviceReplay.TotalSeconds, "events/s")
                { Note = $"raw read: all {rows:N0} rows of {service}.events, inputs and evaluations, best of {WarmRounds}" }
                .Against("raw Npgsql read of those rows", replay.EventsReplayed / readTime.TotalSeconds));
            readTimeOfReplayed += readTime;
            if (!verify.Ok) output.Note($"verify of {service} reported a broken chain");
            if (await ReplayShape.DescribeAsync(platform.ConnectionString, service) is { } shape) output.Note(shape);
            if (replay.EventsReplayed == 0 && verify.EventsChecked > 0)
                output.Note($"{service}'s Replay (empty prefix = every stream) replayed 0 of the {verify.EventsChecked:N0} events its Verify checked");
        }
        var replayRate = replayed / replayTime.TotalSeconds;
        output.Add(new Figure($"replay all evaluation history ({replayed:N0} events, {differences} differences)", replayRate, "events/s")
            { Note = $"each service's best of {WarmRounds} calls after its first" }
            .Against("verify all hash chains", verified / verifyTime.TotalSeconds)
            .WithGoal(">= 100,000 events/s", replayRate >= 100_000));
        output.Add(new Figure("replay all evaluation history, first call of each service", replayed / firstReplayTime.TotalSeconds, "events/s")
            .Against("the same history, best calls", replayRate));
        output.Add(new Figure("replay all evaluation history, against only reading its rows", replayRate, "events/s")
            .Against("raw Npgsql read of every service's event rows", replayed / readTimeOfReplayed.TotalSeconds));
        output.Add(new Figure($"verify all evaluation history ({verified:N0} events)", verified / verifyTime.TotalSeconds, "events/s"));
    }

    static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> call)
    {
        var clock = Stopwatch.StartNew();
        var result = await call();
        return (result, clock.Elapsed);
    }

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
