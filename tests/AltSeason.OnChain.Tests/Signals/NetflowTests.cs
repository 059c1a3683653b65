using AltSeason.OnChain.Signals;
using AltSeason.TimeSeries;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class NetflowTests
{
    // Short sum 2 days, long sum 3 days, z-score against the 3 days before; every window day required.
    static readonly OnChainParameters Small = OnChainParameters.Default with
    {
        Netflow = new NetflowParameters(ShortSumDays: 2, LongSumDays: 3, ZScoreHistoryDays: 3),
        WindowCoverage = 1.0,
    };

    static NetflowHistory Flow(double[] inflow, double[] outflow, double[]? netUsd = null)
    {
        var rows = new List<Observation>();
        for (var i = 0; i < inflow.Length; i++)
        {
            if (double.IsNaN(inflow[i])) continue;
            rows.Add(Observation.Daily(Day(i), Fields.Inflow, inflow[i]));
            rows.Add(Observation.Daily(Day(i), Fields.Outflow, outflow[i]));
            if (netUsd is not null) rows.Add(Observation.Daily(Day(i), Fields.NetflowUsd, netUsd[i]));
        }
        return NetflowHistory.FromFields("eth", rows, "test");
    }

    [Fact]
    public void Netflow_is_inflow_minus_outflow_with_rolling_sums_and_z_score()
    {
        // net = 10-15, 20-10, 30-30, 40-20, 100-50 = -5, 10, 0, 20, 50
        var flow = Flow([10, 20, 30, 40, 100], [15, 10, 30, 20, 50], [-50, 100, 0, 200, 500]);
        var r = NetflowCalculator.Evaluate(flow, Days(0, 5), Small);

        Assert.Equal([-5, 10, 0, 20, 50], r.Select(x => x!.Native!.Value));
        Assert.Null(r[0]!.ShortSumNative);
        Assert.Equal(5, r[1]!.ShortSumNative);
        Assert.Null(r[1]!.LongSumNative);
        Assert.Equal(5, r[2]!.LongSumNative);
        Assert.Equal(30, r[3]!.LongSumNative);
        Assert.Equal(700, r[4]!.ShortSumUsd);
        Assert.Equal(700, r[4]!.LongSumUsd);

        // Day 3 against days 0..2 (-5, 10, 0): mean 5/3, sample variance ((20/3)² + (25/3)² + (5/3)²) / 2 = 525/9.
        Assert.Equal((20 - 5.0 / 3) / Math.Sqrt(525.0 / 9), r[3]!.ZScore!.Value, 10);
        // Day 4 against days 1..3 (10, 0, 20): mean 10, sd 10, so z = (50 - 10) / 10.
        Assert.Equal(4, r[4]!.ZScore!.Value, 10);
        Assert.Null(r[2]!.ZScore);
    }

    [Fact]
    public void A_missing_day_voids_the_sums_that_span_it()
    {
        var flow = Flow([10, 20, double.NaN, 40, 100], [15, 10, 0, 20, 50]);
        var r = NetflowCalculator.Evaluate(flow, Days(0, 5), Small);

        Assert.Null(r[2]);
        Assert.Null(r[3]!.ShortSumNative);
        Assert.Equal(20 + 50, r[4]!.ShortSumNative);
        Assert.Null(r[4]!.LongSumNative);
    }

    [Fact]
    public void Aggregate_sums_usd_and_averages_z_scores()
    {
        var tokens = new List<TokenNetflow>
        {
            new("eth", -1, -3000, null, null, null, null, -2),
            new("sol", 5, 500, null, null, null, null, 1),
            new("link", 2, null, null, null, null, null, null),
        };
        var total = NetflowAggregate.From(tokens);
        Assert.Equal(-2500, total.TotalUsd);
        Assert.Equal(-0.5, total.MeanZScore);
        Assert.Equal(2, total.TokensScored);
    }

    [Fact]
    public void Vendor_netflow_is_used_when_inflow_and_outflow_are_not_given()
    {
        var rows = new[] { Observation.Daily(Day(0), Fields.Netflow, -7), Observation.Daily(Day(1), Fields.Netflow, 3) };
        var flow = NetflowHistory.FromFields("btc", rows, "cryptoquant");
        Assert.Equal([-7, 3], flow.Native.Values);
        Assert.Equal(0, flow.Usd.Count);
    }
}
