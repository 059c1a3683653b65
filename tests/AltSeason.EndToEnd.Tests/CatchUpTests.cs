using AltSeason.EndToEnd.Tests.Support;
using AltSeason.Testing;

namespace AltSeason.EndToEnd.Tests;

[Collection(ReferenceBackfill.Name)]
public sealed class CatchUpTests(ReferenceBackfillFixture platform)
{
    // A correction inside a quiet stretch of the reference data; the comparison window ends before other tests' edits.
    const string RevisedSession = "2026-02-02";
    const string WindowEnd = "2026-05-29";

    [Fact]
    public async Task Equities_stopped_during_an_ingest_catches_up_to_the_scores_of_an_uninterrupted_run()
    {
        var rut = ReferenceData.PathOf("RUT.csv");
        var original = await File.ReadAllBytesAsync(rut);
        var revised = RevisedFile.WithClose(rut, RevisedSession, 0.98);
        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(2));

        // Interrupted: Equities is down while the correction arrives; the rest of the platform keeps going.
        await platform.App.StopProjectAsync("equities");
        try
        {
            Assert.False((await platform.Clients.ImportAsync("RUT.csv", revised)).Duplicate);
            var score = await platform.Clients.Scoring.GetScoreAsync(new Contracts.V1.GetScoreRequest { AsOf = Dates.Message("2026-01-14"), ModelVersion = "v1" });
            Assert.InRange(score.ScorePoints, 0, 100); // Scoring still serves while a signal service is down
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await platform.App.StartProjectAsync("equities", CancellationToken.None);
        }
        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(3));
        var interrupted = await ScoreSnapshot.TakeAsync(platform.Clients.Scoring, RevisedSession, WindowEnd);

        // Uninterrupted: undo the correction and apply it again with every service up.
        await platform.Clients.ImportAsync("RUT.csv", original);
        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(3));
        await platform.Clients.ImportAsync("RUT.csv", revised);
        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(3));
        var uninterrupted = await ScoreSnapshot.TakeAsync(platform.Clients.Scoring, RevisedSession, WindowEnd);

        Assert.NotEmpty(interrupted);
        Assert.Equal(uninterrupted, interrupted);
    }
}
