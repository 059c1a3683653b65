using AltSeason.Equities.Signals.AllTimeHigh;
using AltSeason.Equities.Signals.Breakout;
using AltSeason.Equities.Signals.MarketCap;
using AltSeason.Equities.Signals.RelativeStrength;
using AltSeason.Equities.Signals.YearToDate;
using AltSeason.Equities.Tests.Support;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Tests.Signals;

public class PriceSignalTests
{
    [Fact]
    public void All_time_high_on_closes_needs_a_strictly_higher_close()
    {
        var tracker = new AllTimeHighTracker(new());
        var dates = Series.WeekdayDates(Series.Start).Take(6).ToArray();
        double[] closes = [10, 12, 11, 13, 13, 9];
        var results = closes.Select((c, i) => tracker.Step(dates[i], c, null)).ToArray();

        Assert.Equal([false, true, false, true, false, false], results.Select(r => r.IsNewHigh));
        var last = results[^1];
        Assert.Equal(13, last.AllTimeHigh);
        Assert.Equal(dates[3], last.AllTimeHighDate);
        Assert.Equal(2, last.SessionsSinceHigh);
        Assert.Equal(dates[5].DayNumber - dates[3].DayNumber, last.CalendarDaysSinceHigh);
        Assert.Equal(9.0 / 13 - 1, last.DistanceToHigh, 12);
    }

    [Fact]
    public void All_time_high_on_intraday_highs_records_the_basis()
    {
        var tracker = new AllTimeHighTracker(new(PriceBasis.High));
        var dates = Series.WeekdayDates(Series.Start).Take(4).ToArray();
        double[] highs = [10.5, 12, 14, 13], closes = [10, 11, 12, 12.5];
        var results = closes.Select((c, i) => tracker.Step(dates[i], c, highs[i])).ToArray();

        Assert.Equal([false, true, true, false], results.Select(r => r.IsNewHigh));
        Assert.All(results, r => Assert.Equal(PriceBasis.High, r.Basis));
        Assert.Equal(14, results[^1].AllTimeHigh);
        Assert.Equal(12.5 / 14 - 1, results[^1].DistanceToHigh, 12);
    }

    [Fact]
    public void Year_to_date_return_uses_the_last_close_of_the_previous_year()
    {
        var tracker = new YearToDateTracker();
        Assert.Null(tracker.Step(new(2023, 12, 28), 100));
        Assert.Null(tracker.Step(new(2023, 12, 29), 110));
        var ytd = tracker.Step(new(2024, 1, 2), 121)!.Value;
        Assert.Equal(0.1, ytd.Return, 12);
        Assert.Equal(new DateOnly(2023, 12, 29), ytd.BaseDate);

        var added = MarketCapAdded.Compute(new DailySeries([(new DateOnly(2023, 12, 29), 3e12)]), ytd)!.Value;
        Assert.Equal(3e11, added.AddedUsd, 1);
    }

    [Fact]
    public void Relative_strength_change_and_break_of_the_prior_high()
    {
        var tracker = new RelativeStrengthTracker(new(ChangeSessions: 2, PriorHighSessions: 3));
        double[] russell = [10, 11, 12, 13, 9];
        var results = russell.Select(r => tracker.Step(r, 10)).ToArray();

        Assert.Equal([1, 1.1, 1.2, 1.3, 0.9], results.Select(r => Math.Round(r.Ratio, 12)));
        Assert.Null(results[1].Change);
        Assert.Equal(0.2, results[2].Change!.Value, 12);
        Assert.Equal(-0.25, results[4].Change!.Value, 12);
        Assert.Null(results[2].BrokePriorHigh);
        Assert.True(results[3].BrokePriorHigh);
        Assert.Equal(1.2, results[3].PriorHigh!.Value, 12);
        Assert.False(results[4].BrokePriorHigh);
    }

    [Fact]
    public void Resistance_breakout_is_confirmed_after_K_closes_above_the_broken_level()
    {
        var tracker = new ResistanceBreakoutTracker(new(LookbackSessions: 3, ConfirmSessions: 2));
        var dates = Series.WeekdayDates(Series.Start).Take(7).ToArray();
        double[] closes = [10, 12, 11, 13, 14, 12, 15];
        var r = closes.Select((c, i) => tracker.Step(dates[i], c)).ToArray();

        Assert.Null(r[2].Resistance);
        Assert.Equal([12.0, 13, 14, 14], r[3..].Select(x => x.Resistance!.Value));
        Assert.Equal([true, true, false, true], r[3..].Select(x => x.ClosedAbove));
        Assert.Equal([false, true, false, false], r[3..].Select(x => x.Confirmed));
        Assert.True(r[4].FirstConfirmation);
        Assert.Equal(dates[3], r[4].BreakoutDate);
        Assert.Equal(12, r[4].BrokenLevel);
    }
}
