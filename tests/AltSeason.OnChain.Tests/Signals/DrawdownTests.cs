using AltSeason.OnChain.Signals;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class DrawdownTests
{
    [Fact]
    public void Drawdown_is_price_over_running_high_minus_one()
    {
        var coin = Coin("sol", [10, 20, 15, 5, 25]);
        var r = DrawdownCalculator.Evaluate(coin, Days(0, 5));

        Assert.Equal([0, 0, -0.25, -0.75, 0], r.Select(x => x!.Drawdown));
        Assert.Equal(20, r[3]!.AllTimeHigh);
        Assert.Equal(Day(1), r[3]!.AllTimeHighDate);
        Assert.Equal(3, r[3]!.HistoryDays);
    }

    [Fact]
    public void Dates_without_a_price_have_no_drawdown_but_earlier_highs_still_count()
    {
        var coin = Coin("sol", [40, double.NaN, 10]);
        var r = DrawdownCalculator.Evaluate(coin, [Day(1), Day(2)]);
        Assert.Null(r[0]);
        Assert.Equal(-0.75, r[1]!.Drawdown);
    }

    [Fact]
    public void Deep_share_counts_altcoins_at_least_the_threshold_below_their_high()
    {
        // a: -81% (deep), b: -79% (not), c: -90% (deep); bitcoin and tether are not altcoins.
        var coins = new[]
        {
            Coin("a", [100, 19], [500, 500]),
            Coin("b", [100, 21], [400, 400]),
            Coin("c", [100, 10], [300, 300]),
            Coin("bitcoin", [100, 1], [9000, 9000]),
            Coin("tether", [1, 0.1], [800, 800]),
        };
        var parameters = OnChainParameters.Default with { Drawdown = new DrawdownParameters(MinimumHistoryDays: 1) };
        var e = OnChainEvaluator.EvaluateOn(Inputs(coins: coins), parameters, Day(1))!;

        Assert.Equal(2, e.DeepDrawdowns.DeepCount);
        Assert.Equal(3, e.DeepDrawdowns.CoinsCounted);
        Assert.Equal(200.0 / 3, e.DeepDrawdowns.SharePercent!.Value, 10);
    }

    [Fact]
    public void Coins_with_too_little_history_do_not_count_in_the_share()
    {
        var coins = new[] { Coin("a", [100, 10], [5, 5]), Coin("young", [100], [5], firstDay: 1) };
        var parameters = OnChainParameters.Default with { Drawdown = new DrawdownParameters(MinimumHistoryDays: 1) };
        var e = OnChainEvaluator.EvaluateOn(Inputs(coins: coins), parameters, Day(1))!;
        Assert.Equal(1, e.DeepDrawdowns.CoinsCounted);
        Assert.Equal(100, e.DeepDrawdowns.SharePercent);
    }
}
