using AltSeason.Contracts.V1;
using AltSeason.EndToEnd.Tests.Support;
using AltSeason.Testing;
using Xunit.Abstractions;

namespace AltSeason.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class ReferenceBackfill : ICollectionFixture<ReferenceBackfillFixture>
{
    public const string Name = "reference backfill";
}

[Collection(ReferenceBackfill.Name)]
public sealed class ReferenceBackfillTests(ReferenceBackfillFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_session_of_January_2026_has_a_score()
    {
        output.WriteLine($"Backfill wall time {platform.BackfillWallTime.TotalSeconds:0.0} s; events: " +
            string.Join(", ", platform.EventsAfterBackfill.Select(kv => $"{kv.Key} {kv.Value}")));
        var sessions = Dates.Sessions(ReferenceData.PathOf("RUT.csv"), "2026-01");
        Assert.Equal(20, sessions.Count); // NYSE: 21 weekdays less Martin Luther King Day (Jan 19), less New Year's Day

        var scored = new Dictionary<string, ScoreEvaluation>();
        await foreach (var score in platform.Clients.Scoring.ListScoresAsync(new ListScoresRequest
            { From = Dates.Message("2026-01-01"), To = Dates.Message("2026-01-31"), ModelVersion = "v1" }))
            scored[Dates.Iso(score.AsOf)] = score;

        Assert.All(sessions, s => Assert.True(scored.ContainsKey(s), $"no score for session {s}"));
        Assert.All(scored.Values, s => Assert.InRange(s.ScorePoints, 0, 100));
        // Equities, on-chain breadth and dominance are all known in January 2026: they must not be missing.
        var mid = scored["2026-01-14"];
        Assert.DoesNotContain(mid.MissingComponents, m => m.Contains("equities", StringComparison.OrdinalIgnoreCase));
        Assert.False(string.IsNullOrWhiteSpace(mid.Explanation));
    }

    [Fact]
    public async Task The_equities_evaluation_of_2026_01_14_shows_the_all_time_high_and_the_nine_session_streak()
    {
        var evaluation = await platform.Clients.Equities.GetSignalsAsync(new GetSignalsRequest { AsOf = Dates.Message("2026-01-14") });
        var values = evaluation.Values.ToDictionary(v => v.Name);
        Assert.Equal(1.0, values["ath_is_new_high"].Value);
        Assert.Equal(9.0, values["streak_sessions"].Value);
        Assert.Equal("equities", evaluation.Family);
        Assert.False(string.IsNullOrEmpty(evaluation.InputsSha256));
        Assert.StartsWith("equities/2026-01-14", evaluation.Event.StreamId, StringComparison.Ordinal);
    }
}
