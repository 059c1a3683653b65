using AltSeason.Contracts.V1;
using AltSeason.Reliability.Tests.Support;

namespace AltSeason.Reliability.Tests.Load;

/// <summary>Internal clients keep calling GetScore at a steady rate while a backfill runs: no call may fail.</summary>
[Collection(ReliabilityPlatformGroup.Name)]
public sealed class GetScoreLoadTests(ReliabilityPlatform platform)
{
    const int CallsPerSecond = 50;
    static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task GetScore_at_50_calls_a_second_during_a_backfill_never_fails()
    {
        var expected = await platform.BaselineAsync();
        var day = SampleBackfill.Options.FirstDay.AddDays(40);
        var request = new GetScoreRequest { AsOf = new Date { Year = day.Year, Month = day.Month, Day = day.Day } };
        Task<(LatencySummary Latency, IReadOnlyList<string> Failures, int Answered)>? load = null;

        var actual = await platform.RunBackfillAsync("backfill under GetScore load", () =>
        {
            load = new SteadyLoad(CallsPerSecond, Duration).RunAsync(async () =>
            {
                try
                {
                    var score = await platform.Scoring.GetScoreAsync(request, new CallOptions { Deadline = DateTime.UtcNow.AddSeconds(10) });
                    return score.ScorePoints is >= 0 and <= 100;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
                {
                    return false; // a correct answer: the backfill has not reached that date yet
                }
            });
            return Task.CompletedTask;
        }, faultAtImport: 0);
        var (latency, failures, answered) = await load!;

        Console.WriteLine($"[reliability] GetScore load: {latency.Calls} calls at {CallsPerSecond}/s over {Duration.TotalSeconds:0}s, " +
            $"{failures.Count} failed, {answered} with a score; p50 {latency.P50:0.0} ms, p99 {latency.P99:0.0} ms, max {latency.Max:0.0} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} calls failed; first: {(failures.Count > 0 ? failures[0] : "")}");
        Assert.Equal(CallsPerSecond * (int)Duration.TotalSeconds, latency.Calls);
        // Scoring may reach the asked date only after the load ended; once settled it must answer with a score.
        var settled = await platform.Scoring.GetScoreAsync(request);
        Assert.InRange(settled.ScorePoints, 0, 100);
        Assert.Equal(expected.Evaluations, actual.Evaluations);
        Assert.Equal(expected.UnversionedScores, actual.UnversionedScores);
        Assert.Equal(0, actual.Duplicates);
    }
}
