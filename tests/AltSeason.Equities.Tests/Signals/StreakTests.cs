using AltSeason.Equities.Signals.Streak;
using AltSeason.Equities.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Equities.Tests.Signals;

public class StreakTests
{
    [Fact]
    public void Streak_counts_sessions_of_outperformance_and_finds_the_longest_since()
    {
        var tracker = new OutperformanceStreakTracker();
        var dates = Series.WeekdayDates(Series.Start).Take(5).ToArray();
        double[] russell = [100, 101, 102, 101, 103], sp500 = [100, 100.5, 101, 101, 101];
        var r = russell.Select((p, i) => tracker.Step(dates[i], p, sp500[i])).ToArray();

        Assert.Null(r[0]);
        // RUT returns .00995, .00985, -.00995, .0196 vs SPX .00499, .00496, 0, 0.
        Assert.Equal([1, 2, 0, 1], r[1..].Select(x => x!.Value.Sessions));
        Assert.Null(r[1]!.Value.LongestSince); // nothing earlier had a streak
        Assert.Equal(dates[2], r[4]!.Value.LongestSince);
        Assert.Equal(2, r[4]!.Value.LongestSinceSessions);
    }

    [Fact]
    public void Streak_resets_on_an_underperforming_day_and_longest_since_matches_a_scan()
    {
        var walks = Gen.Choose(0, 10_000).Select(seed => (Series.RandomWalk(120, seed), Series.RandomWalk(120, seed + 1, volatility: 0.005)));
        Prop.ForAll(walks.ToArbitrary(), pair =>
        {
            var (russell, sp500) = pair;
            var dates = Series.WeekdayDates(Series.Start).Take(russell.Length).ToArray();
            var tracker = new OutperformanceStreakTracker();
            var streaks = new List<int>();
            for (var i = 0; i < russell.Length; i++)
            {
                var r = tracker.Step(dates[i], russell[i], sp500[i]);
                if (i == 0) continue;
                var beat = Math.Log(russell[i] / russell[i - 1]) > Math.Log(sp500[i] / sp500[i - 1]);
                var expected = beat ? (streaks.Count > 0 ? streaks[^1] : 0) + 1 : 0;
                if (r!.Value.Sessions != expected) return false;
                var earlier = streaks.FindLastIndex(s => s >= expected);
                var since = expected > 0 && earlier >= 0 ? dates[earlier + 1] : (DateOnly?)null;
                if (r.Value.LongestSince != since) return false;
                streaks.Add(expected);
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
