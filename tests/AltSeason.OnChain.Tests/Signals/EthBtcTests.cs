using AltSeason.OnChain.Signals;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class EthBtcTests
{
    static readonly OnChainParameters Parameters = OnChainParameters.Default with
    {
        EthBtc = new EthBtcParameters(TrendDays: 10, BreakoutBand: 2),
        WindowCoverage = 1.0,
    };

    // BTC at 1, so ETH/BTC = ETH. Ten days of ln ratio = slope·t ± 0.001 wiggle, then day 10 at lnToday.
    static EthBtcReading Day10(double slope, double lnToday)
    {
        var ln = Enumerable.Range(0, 10).Select(t => slope * t + (t % 2 == 0 ? 0.001 : -0.001)).Append(lnToday);
        var inputs = Inputs(coins: [Coin("ethereum", ln.Select(Math.Exp).ToArray()), Coin("bitcoin", Enumerable.Repeat(1.0, 11).ToArray())]);
        return EthBtcCalculator.Evaluate(inputs, [Day(10)], Parameters)[0]!;
    }

    [Fact]
    public void A_close_well_above_a_falling_line_is_a_breakout()
    {
        var r = Day10(-0.01, 0.0);
        Assert.True(r.Falling);
        Assert.True(r.Breakout);
        Assert.Equal(1.0, r.Ratio, 12);
        // Slope ≈ -1% a day; the line at day 10 ≈ exp(-0.1).
        Assert.Equal(-1.0, r.TrendSlopePercentPerDay!.Value, 1);
        Assert.Equal(Math.Exp(-0.1), r.TrendLineRatio!.Value, 2);
        Assert.True(r.UpperBandRatio > r.TrendLineRatio);
    }

    [Fact]
    public void A_close_on_the_line_is_not_a_breakout()
    {
        var r = Day10(-0.01, -0.1);
        Assert.True(r.Falling);
        Assert.False(r.Breakout);
    }

    [Fact]
    public void A_rising_trend_has_no_falling_line_to_break()
    {
        var r = Day10(0.01, 1.0);
        Assert.False(r.Falling);
        Assert.False(r.Breakout);
    }

    [Fact]
    public void Without_enough_history_only_the_ratio_is_reported()
    {
        var inputs = Inputs(coins: [Coin("ethereum", [0.05, 0.04]), Coin("bitcoin", [1, 2])]);
        var r = EthBtcCalculator.Evaluate(inputs, [Day(1)], Parameters)[0]!;
        Assert.Equal(0.02, r.Ratio, 12);
        Assert.Null(r.Breakout);
        Assert.Null(r.TrendLineRatio);
    }
}
