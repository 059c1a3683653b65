using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Tests.Chunking;

/// <summary>Scattered dates become ranges split at long gaps (replay of windowed models, Scoring's gap fetches).</summary>
public class DateRunsTests
{
    static readonly DateOnly Day = new(2025, 1, 1);

    [Fact]
    public void Unordered_repeated_dates_become_ascending_ranges_split_where_the_gap_exceeds_the_limit()
    {
        DateOnly[] dates = [Day.AddDays(40), Day, Day.AddDays(3), Day, Day.AddDays(35), Day.AddDays(120)];

        var runs = DateRuns.Of(dates, maxGapDays: 31);

        Assert.Equal([(Day, Day.AddDays(3)), (Day.AddDays(35), Day.AddDays(40)), (Day.AddDays(120), Day.AddDays(120))], runs);
    }

    [Fact]
    public void A_gap_of_exactly_the_limit_stays_in_one_range_and_no_dates_give_no_ranges()
    {
        Assert.Equal([(Day, Day.AddDays(31))], DateRuns.Of([Day, Day.AddDays(31)], maxGapDays: 31));
        Assert.Empty(DateRuns.Of([], maxGapDays: 31));
    }
}
