using AltSeason.Reliability.Tests.Support;

namespace AltSeason.Reliability.Tests.Faults;

/// <summary>
/// Each fault strikes in the middle of the same backfill, while a file's message is in flight; once the pipeline
/// settles, every signal family's final evaluations (stream, version, inputs, outputs) must equal the fault-free
/// run's, and every final score its score: nothing lost, nothing duplicated.
/// </summary>
[Collection(ReliabilityPlatformGroup.Name)]
public sealed class FaultTests(ReliabilityPlatform platform)
{
    [Fact]
    public async Task A_signal_service_killed_with_sigkill_mid_backfill_is_restarted_and_loses_nothing()
    {
        var expected = await platform.BaselineAsync();
        var restartsBefore = platform.App.Project("derivatives").Restarts;

        var actual = await platform.RunBackfillAsync("derivatives killed -9", () =>
        {
            var pid = platform.App.KillProject("derivatives");
            Console.WriteLine($"[reliability] killed derivatives (pid {pid}) with SIGKILL");
            return Task.CompletedTask;
        }, faultAtImport: MiddleFileOf("binance"));

        Assert.True(platform.App.Project("derivatives").Restarts > restartsBefore, "The AppHost did not restart the killed service.");
        await AssertSameFinalEvaluations(expected, actual);
    }

    [Fact]
    public async Task RabbitMq_restarted_mid_backfill_loses_nothing()
    {
        var expected = await platform.BaselineAsync();
        var broker = platform.App.Servers!.RabbitMq!;

        var actual = await platform.RunBackfillAsync("RabbitMQ restarted", async () =>
        {
            await broker.StopAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await broker.StartAsync(CancellationToken.None);
        });

        await AssertSameFinalEvaluations(expected, actual);
    }

    [Fact]
    public async Task PostgreSql_restarted_mid_backfill_loses_nothing()
    {
        var expected = await platform.BaselineAsync();
        var database = platform.App.Servers!.Postgres!;

        var actual = await platform.RunBackfillAsync("PostgreSQL restarted", async () =>
        {
            await database.StopAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await database.StartAsync(CancellationToken.None);
        });

        await AssertSameFinalEvaluations(expected, actual);
    }

    async Task AssertSameFinalEvaluations(EvaluationSnapshot expected, EvaluationSnapshot actual)
    {
        Assert.NotEmpty(expected.Evaluations);
        Assert.NotEmpty(expected.Scores);
        foreach (var schema in PlatformDatabase.SignalSchemas)
            Assert.Contains(expected.Evaluations, e => e.Schema == schema);
        Console.WriteLine($"[reliability] {actual.Evaluations.Count} final evaluations compared with versions, {actual.Scores.Count} final scores " +
            $"({actual.ScoreVersionsDifferingFrom(expected)} at another version), {actual.Duplicates} duplicates");
        var differences = actual.DifferencesFrom(expected);
        Assert.True(differences.Length == 0, differences + await platform.ParkedMessagesAsync());
        Assert.Equal(expected.Evaluations, actual.Evaluations);
        Assert.Equal(expected.UnversionedScores, actual.UnversionedScores);
        Assert.Equal(0, actual.Duplicates);
    }

    /// <summary>The middle one of the files whose format starts with <paramref name="vendor"/>: its service is busy then.</summary>
    static int MiddleFileOf(string vendor)
    {
        var indexes = SampleBackfill.Files.Select((f, i) => (f, i)).Where(p => p.f.Format.StartsWith(vendor, StringComparison.Ordinal)).Select(p => p.i).ToList();
        Assert.NotEmpty(indexes);
        return indexes[indexes.Count / 2];
    }
}
