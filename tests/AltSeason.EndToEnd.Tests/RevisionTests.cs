using AltSeason.Contracts.V1;
using AltSeason.EndToEnd.Tests.Support;
using AltSeason.Testing;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.EndToEnd.Tests;

[Collection(ReferenceBackfill.Name)]
public sealed class RevisionTests(ReferenceBackfillFixture platform)
{
    const string RevisedSession = "2026-06-01";

    [Fact]
    public async Task A_revised_Russell_2000_close_re_evaluates_only_the_dates_it_affects_and_AsOf_still_gives_the_old_score()
    {
        await Quiescence.WaitAsync(platform.Database, TimeSpan.FromMinutes(2));
        var db = platform.Database;
        var versionsBefore = await StreamVersionsAsync(db);
        var scoreBefore = await platform.Clients.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Dates.Message(RevisedSession), ModelVersion = "v1" });
        var knownBefore = DateTime.UtcNow;
        await Task.Delay(50);

        var revised = RevisedFile.WithClose(ReferenceData.PathOf("RUT.csv"), RevisedSession, 1.03);
        var report = await platform.Clients.ImportAsync("RUT.csv", revised);
        Assert.False(report.Duplicate);
        await Quiescence.WaitAsync(db, TimeSpan.FromMinutes(3));

        var changed = (await StreamVersionsAsync(db)).Where(kv => versionsBefore.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => kv.Key).ToList();
        Assert.Contains($"equities/{RevisedSession}", changed);
        // Running maxima and streaks carry a change forward, never backward: no earlier date is touched.
        Assert.All(changed, stream => Assert.True(string.CompareOrdinal(stream["equities/".Length..], RevisedSession) >= 0, $"{stream} changed"));

        var scoreAfter = await platform.Clients.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Dates.Message(RevisedSession), ModelVersion = "v1" });
        Assert.True(scoreAfter.Event.StreamVersion > scoreBefore.Event.StreamVersion, "the revision did not produce a new score");

        // What did the platform say before the revision? Exactly the old evaluation.
        var asOf = await platform.Clients.Audit("scoring").AsOfAsync(new AsOfRequest
            { Family = "score", AsOf = Dates.Message(RevisedSession), KnownAt = Timestamp.FromDateTime(knownBefore) });
        Assert.Equal(scoreBefore.Event.StreamVersion, asOf.Version);
        Assert.Equal(scoreBefore.Event.EventSha256, asOf.Sha256);
        var old = await platform.Clients.Scoring.GetScoreAsync(new GetScoreRequest
            { AsOf = Dates.Message(RevisedSession), ModelVersion = "v1", KnownAt = Timestamp.FromDateTime(knownBefore) });
        Assert.Equal(scoreBefore.ScorePoints, old.ScorePoints);
    }

    static async Task<Dictionary<string, long>> StreamVersionsAsync(PlatformDatabase db)
    {
        var rows = await db.ExecuteTextAsync(
            "SELECT coalesce(string_agg(stream_id || '=' || version, ';'), '') FROM equities.streams WHERE stream_id LIKE 'equities/%'");
        return rows.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('='))
            .ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
