using AltSeason.Scoring.Components;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.ScoringService.Tests.Domain;

public sealed class ComponentTimelineTests
{
    static readonly DateOnly Monday = new(2024, 3, 4);

    static KnownComponent Component(string family, DateOnly asOf, long sourceVersion = 1) =>
        new(family, asOf, [], new ComponentReference(family, asOf, ComponentStreams.For(family, asOf), 1, "aa",
            $"{family}/{asOf:yyyy-MM-dd}", sourceVersion, "bb"));

    static ComponentRecorded Evaluation(string family, DateOnly asOf, long sourceVersion) =>
        new(family, asOf, [], "m", "c", "i", new SourceEvaluation($"{family}/{asOf:yyyy-MM-dd}", sourceVersion, "bb", DateTimeOffset.UnixEpoch), "message");

    [Fact]
    public void A_weekend_uses_the_last_session_and_an_evaluation_older_than_the_limit_is_not_used()
    {
        var friday = Monday.AddDays(-3);
        var timeline = new ComponentTimeline([Component("equities", friday)]);

        Assert.Equal(friday, timeline.Pick("equities", friday.AddDays(1), 5)?.AsOf);
        Assert.Equal(friday, timeline.Pick("equities", friday.AddDays(5), 5)?.AsOf);
        Assert.Null(timeline.Pick("equities", friday.AddDays(6), 5));
        Assert.Null(timeline.Pick("equities", friday.AddDays(-1), 5)); // never a later evaluation for an earlier date
        Assert.Null(timeline.Pick("onchain", friday, 5));
    }

    [Fact]
    public void Only_onchain_and_equities_dates_get_a_score()
    {
        var timeline = new ComponentTimeline([
            Component("derivatives", Monday), Component("onchain", Monday.AddDays(1)),
            Component("equities", Monday.AddDays(2)), Component("onchain", Monday.AddDays(2)), Component("onchain", Monday.AddDays(9)),
        ]);
        Assert.Equal([Monday.AddDays(1), Monday.AddDays(2)], timeline.ScoreDates(Monday, Monday.AddDays(8)));
    }

    [Fact]
    public void An_evaluation_is_news_only_when_new_or_a_later_version()
    {
        var timeline = new ComponentTimeline([Component("onchain", Monday, sourceVersion: 3)]);
        Assert.False(timeline.IsNews(Evaluation("onchain", Monday, 3)));
        Assert.False(timeline.IsNews(Evaluation("onchain", Monday, 2)));
        Assert.True(timeline.IsNews(Evaluation("onchain", Monday, 4)));
        Assert.True(timeline.IsNews(Evaluation("onchain", Monday.AddDays(1), 1)));
    }

    [Fact]
    public void Pick_is_the_latest_evaluation_on_or_before_the_date_within_the_limit()
    {
        var offsets = Gen.ListOf(Gen.Choose(0, 60)).Select(l => l.Distinct().ToArray());
        var arbitrary = offsets.SelectMany(days => Gen.Choose(-5, 70).SelectMany(query => Gen.Choose(0, 10).Select(staleness => (days, query, staleness))))
            .ToArbitrary();
        Prop.ForAll(arbitrary, input =>
        {
            var (days, query, staleness) = input;
            var timeline = new ComponentTimeline(days.Select(d => Component("onchain", Monday.AddDays(d))));
            var date = Monday.AddDays(query);
            // Brute force: every day from the date back to the limit, newest first.
            DateOnly? expected = Enumerable.Range(0, staleness + 1).Select(back => date.AddDays(-back))
                .Where(d => days.Contains(d.DayNumber - Monday.DayNumber)).Select(d => (DateOnly?)d).FirstOrDefault();
            return timeline.Pick("onchain", date, staleness)?.AsOf == expected;
        }).QuickCheckThrowOnFailure();
    }
}
