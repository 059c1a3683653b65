using AltSeason.OnChain.Signals;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class OthersTests
{
    // Top 2 = bitcoin 100 + ethereum 50 every day; totals 200,180,170,190,160 → OTHERS 50,30,20,40,10 and
    // OTHERS/BTC 0.5,0.3,0.2,0.4,0.1. Support = lowest of the 3 days before.
    static readonly OnChainParameters Parameters = OnChainParameters.Default with
    {
        Others = new OthersParameters(TopCount: 2, SupportDays: 3),
        WindowCoverage = 1.0,
    };

    static readonly OnChainInputs Market = Inputs(
        Global(total: Series(0, 200, 180, 170, 190, 160)),
        [
            Coin("bitcoin", [1, 1, 1, 1, 1], [100, 100, 100, 100, 100]),
            Coin("ethereum", [1, 1, 1, 1, 1], [50, 50, 50, 50, 50]),
            Coin("small", [1, 1, 1, 1, 1], [10, 10, 10, 10, 10]),
        ]);

    [Fact]
    public void Others_is_total_minus_the_top_caps_with_dominance_and_ratio_to_btc()
    {
        var r = OthersCalculator.Evaluate(Market, Days(0, 5), Parameters);
        Assert.Equal([50, 30, 20, 40, 10], r.Select(x => x!.OthersUsd));
        Assert.Equal(6.25, r[4]!.OthersDominancePercent, 12);
        Assert.Equal(0.4, r[3]!.OthersToBtc!.Value, 12);
    }

    [Fact]
    public void Distance_to_support_uses_the_lowest_ratio_of_the_prior_window()
    {
        var r = OthersCalculator.Evaluate(Market, Days(0, 5), Parameters);
        Assert.Null(r[2]!.Support);
        // Day 3: min(0.5, 0.3, 0.2) = 0.2 and 0.4 / 0.2 - 1 = +100%.
        Assert.Equal(0.2, r[3]!.Support!.Value, 12);
        Assert.Equal(100, r[3]!.DistanceToSupportPercent!.Value, 9);
        // Day 4: min(0.3, 0.2, 0.4) = 0.2 and 0.1 / 0.2 - 1 = -50%: support broke.
        Assert.Equal(-50, r[4]!.DistanceToSupportPercent!.Value, 9);
    }

    [Fact]
    public void Fewer_coins_than_the_top_count_give_no_others()
    {
        var parameters = Parameters with { Others = new OthersParameters(TopCount: 4, SupportDays: 3) };
        Assert.All(OthersCalculator.Evaluate(Market, Days(0, 5), parameters), Assert.Null);
    }
}
