using AltSeason.TimeSeries;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Equities.Tests.Statistics;

/// <summary>The series every calculator reads: lookups by date and the union of several series' dates.</summary>
public class DailySeriesTests
{
    static readonly DateOnly Start = new(2024, 1, 1);

    // Day offsets from Start, any order, duplicates removed: gapless runs, sparse ones, and everything between.
    static readonly Arbitrary<int[]> Offsets = Gen.Choose(0, 60).ArrayOf().Select(a => a.Distinct().ToArray()).ToArbitrary();

    static DailySeries SeriesOf(IEnumerable<int> offsets) => new(offsets.Select(o => (Start.AddDays(o), (double)o)));

    [Fact]
    public void Lookups_agree_with_a_linear_scan_on_any_dates()
    {
        Prop.ForAll(Offsets, offsets =>
        {
            var series = SeriesOf(offsets);
            var sorted = offsets.Order().ToArray();
            for (var probe = -3; probe <= 64; probe++)
            {
                var date = Start.AddDays(probe);
                var at = Array.IndexOf(sorted, probe);
                var atOrBefore = sorted.Count(o => o <= probe) - 1;
                if (series.IndexOf(date) != at || series.IndexAtOrBefore(date) != atOrBefore) return false;
                if (series.TryGetValue(date, out var value) != at >= 0 || (at >= 0 && value != probe)) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Points_in_any_order_come_out_ascending_and_a_repeated_date_is_named()
    {
        var series = SeriesOf([5, 1, 3]);
        Assert.Equal([Start.AddDays(1), Start.AddDays(3), Start.AddDays(5)], series.Dates);
        Assert.Equal([1.0, 3, 5], series.Values);

        var error = Assert.Throws<ArgumentException>(() => SeriesOf([4, 2, 4]));
        Assert.Contains("Duplicate date 2024-01-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_on_an_empty_series_find_nothing()
    {
        Assert.Equal(-1, DailySeries.Empty.IndexOf(Start));
        Assert.Equal(-1, DailySeries.Empty.IndexAtOrBefore(Start));
        Assert.False(DailySeries.Empty.TryGetValue(Start, out _));
    }

    [Fact]
    public void Union_of_dates_is_every_date_any_series_has_within_the_range_once_ascending()
    {
        Prop.ForAll(Offsets, Offsets, Gen.Choose(-5, 65).Two().ToArbitrary(), (a, b, range) =>
        {
            var (from, to) = (Start.AddDays(Math.Min(range.Item1, range.Item2)), Start.AddDays(Math.Max(range.Item1, range.Item2)));
            var expected = a.Concat(b).Select(o => Start.AddDays(o)).Where(d => d >= from && d <= to).Distinct().Order().ToArray();
            return SeriesDates.Union([SeriesOf(a), SeriesOf(b)], from, to).SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Union_of_dates_far_apart_does_not_allocate_a_flag_per_day_between_them()
    {
        // Two dates 8,000 years apart: merged by sorting, not by one flag per day of the span.
        var early = new DailySeries([(new DateOnly(1, 1, 1), 1.0)]);
        var late = new DailySeries([(new DateOnly(9000, 1, 1), 2.0), (Start, 3.0)]);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var union = SeriesDates.Union([early, late, early], DateOnly.MinValue, DateOnly.MaxValue);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 100_000, "a flag per day would be about 3 MB");
        Assert.Equal([new DateOnly(1, 1, 1), Start, new DateOnly(9000, 1, 1)], union);
        Assert.Empty(SeriesDates.Union([early, late], new DateOnly(2, 1, 1), new DateOnly(3, 1, 1)));
    }
}
