using AltSeason.OnChain.Signals;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class DominanceTests
{
    // Total 1000 each day; BTC cap 500, 550, 600 → computed 50%, 55%, 60%. The provider reports 50 and 51 on days 0–1.
    static readonly OnChainInputs Market = Inputs(
        Global(total: Series(0, 1000, 1000, 1000), dominance: Series(0, 50, 51)),
        [Coin("bitcoin", [1, 1, 1], [500, 550, 600])]);

    static BtcDominanceReading Read(int day, DominanceSource source) =>
        BtcDominanceCalculator.Evaluate(Day(day), Market, new DominanceParameters(source, ChangeDays: 1))!;

    [Fact]
    public void Reported_figure_is_preferred_and_its_source_recorded()
    {
        var r = Read(1, DominanceSource.PreferReported);
        Assert.Equal(51, r.Percent);
        Assert.Equal(1, r.ChangePoints);
        Assert.Contains("test-provider", r.Source, StringComparison.Ordinal);
        Assert.Contains("reported", r.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_reported_figure_dominance_is_btc_cap_over_total_and_the_change_compares_like_with_like()
    {
        var r = Read(2, DominanceSource.PreferReported);
        Assert.Equal(60, r.Percent);
        // Against the computed 55 of day 1, not the reported 51.
        Assert.Equal(5, r.ChangePoints!.Value, 10);
        Assert.StartsWith("computed", r.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Computed_and_reported_modes_ignore_the_other_source()
    {
        Assert.Equal(55, Read(1, DominanceSource.Computed).Percent, 10);
        Assert.Null(BtcDominanceCalculator.Evaluate(Day(2), Market, new DominanceParameters(DominanceSource.Reported)));
        Assert.Null(Read(0, DominanceSource.Reported).ChangePoints);
    }
}
