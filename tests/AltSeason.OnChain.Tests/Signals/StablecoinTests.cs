using AltSeason.OnChain.Signals;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class StablecoinTests
{
    [Fact]
    public void Change_over_the_window_in_usd_and_percent()
    {
        var supply = new AltSeason.TimeSeries.DailySeries([(Day(0), 200e9), (Day(29), 205e9), (Day(30), 210e9)]);
        var global = Global(stablecoins: supply);
        var r = StablecoinSupplyCalculator.Evaluate(Day(30), global, new StablecoinParameters())!;
        Assert.Equal(210e9, r.SupplyUsd);
        Assert.Equal(10e9, r.ChangeUsd);
        Assert.Equal(5, r.ChangePercent!.Value, 12);

        var noBase = StablecoinSupplyCalculator.Evaluate(Day(29), global, new StablecoinParameters())!;
        Assert.Null(noBase.ChangePercent);
        Assert.Null(StablecoinSupplyCalculator.Evaluate(Day(5), global, new StablecoinParameters()));
    }
}
