using AltSeason.Contracts.V1;
using AltSeason.Scoring.Serving;

namespace AltSeason.ScoringService.Tests.Serving;

/// <summary>The in-memory map alone: when it may answer, and which version wins.</summary>
public sealed class LatestScoresTests
{
    static readonly DateOnly Friday = new(2024, 3, 1);

    static (ScoreKey, CachedScore) Row(DateOnly asOf, long version, double points) =>
        (new ScoreKey("v1", asOf), new CachedScore(version, new ScoreEvaluation { ScorePoints = points }));

    [Fact]
    public void Answers_nothing_until_loaded_and_again_nothing_once_out_of_sync()
    {
        var cache = new LatestScores();
        Assert.False(cache.TryGet("v1", Friday, out _));

        cache.Load([Row(Friday, 1, 40)]);
        Assert.True(cache.TryGet("V1", Friday, out var score)); // model versions match in any case
        Assert.Equal(40, score!.ScorePoints);
        Assert.True(cache.TryGet("v1", Friday.AddDays(1), out var missing));
        Assert.Null(missing); // in sync and absent: there is no score for that date

        cache.MarkOutOfSync();
        Assert.False(cache.TryGet("v1", Friday, out _));
        cache.Load([Row(Friday, 2, 45)]);
        Assert.True(cache.TryGet("v1", Friday, out score));
        Assert.Equal(45, score!.ScorePoints);
        Assert.Equal(2, cache.Syncs);
    }

    [Fact]
    public void An_older_version_never_replaces_a_newer_one_and_rows_that_are_gone_are_dropped()
    {
        var cache = new LatestScores();
        cache.Load([Row(Friday, 3, 30), Row(Friday.AddDays(1), 1, 10)]);

        cache.Apply([new("v1", Friday), new("v1", Friday.AddDays(2))], [Row(Friday, 2, 20), Row(Friday.AddDays(2), 1, 50)]);
        Assert.Equal(3, cache.VersionOf("v1", Friday));
        Assert.Equal(1, cache.VersionOf("v1", Friday.AddDays(2)));
        cache.Apply([new("v1", Friday)], [Row(Friday, 4, 40)]);
        Assert.True(cache.TryGet("v1", Friday, out var score));
        Assert.Equal(40, score!.ScorePoints);

        // Asked for and not found: the row was deleted.
        cache.Apply([new("v1", Friday.AddDays(2))], []);
        Assert.Null(cache.VersionOf("v1", Friday.AddDays(2)));
        Assert.True(cache.TryGet("v1", Friday.AddDays(2), out var deleted));
        Assert.Null(deleted);

        cache.Load([Row(Friday, 4, 40)]);
        Assert.Null(cache.VersionOf("v1", Friday.AddDays(1)));
        Assert.Equal(1, cache.Count);
    }

    [Theory]
    [InlineData("v1 2024-03-01", "v1", "2024-03-01")]
    [InlineData("model with spaces 2024-12-31", "model with spaces", "2024-12-31")]
    public void A_notification_names_model_and_date(string payload, string model, string date)
    {
        Assert.Equal(new ScoreKey(model, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), ScoreChangeTrigger.Parse(payload));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("v1 2024-02-30")]
    [InlineData(" 2024-03-01")]
    public void A_payload_that_names_no_score_is_refused(string payload) => Assert.Null(ScoreChangeTrigger.Parse(payload));
}
