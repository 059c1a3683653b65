using AltSeason.OnChain.Signals;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class AltSeasonIndexTests
{
    static readonly AltSeasonIndexParameters ThreeDay = new() { Windows = [3] };

    // Day 0 → day 3. BTC +10%. a +20% (beats), b +5%, c +10% (a tie does not beat), young starts on day 2 (no
    // 3-day return: left out), tether is the largest but a stablecoin. Caps rank tether > a > b > c > young.
    static readonly CoinHistory[] Coins =
    [
        Coin("bitcoin", [100, 100, 100, 110], [9e9, 9e9, 9e9, 9e9]),
        Coin("tether", [1, 1, 1, 1], [5e9, 5e9, 5e9, 5e9]),
        Coin("a", [10, 10, 10, 12], [4e9, 4e9, 4e9, 4e9]),
        Coin("b", [10, 10, 10, 10.5], [3e9, 3e9, 3e9, 3e9]),
        Coin("c", [10, 10, 10, 11], [2e9, 2e9, 2e9, 2e9]),
        Coin("young", [1, 9], [1e9, 1e9], firstDay: 2),
    ];

    static AltSeasonIndexReading Index(AltSeasonIndexParameters parameters)
    {
        var universe = AltcoinUniverse.On(Day(3), Coins, parameters);
        return AltSeasonIndexCalculator.Evaluate(Day(3), universe, Coins[0], parameters.HeadlineWindow, parameters);
    }

    [Fact]
    public void Index_is_the_share_of_eligible_altcoins_beating_btc()
    {
        var r = Index(ThreeDay);
        Assert.Equal(4, r.UniverseCount);
        Assert.Equal(3, r.Eligible);
        Assert.Equal(1, r.Outperformers);
        Assert.Equal(100.0 / 3, r.Value!.Value, 12);
        Assert.Equal(0.1, r.BitcoinReturn!.Value, 12);
        Assert.Equal(SeasonLabels.Neutral, r.Season);
        Assert.Equal("v1", r.UniverseRulesVersion);
    }

    [Fact]
    public void Universe_is_the_top_n_after_exclusions_on_the_evaluation_date()
    {
        var universe = AltcoinUniverse.On(Day(3), Coins, ThreeDay with { UniverseSize = 2 });
        Assert.Equal(["a", "b"], universe.Select(c => c.Id));
        Assert.Equal(50, Index(ThreeDay with { UniverseSize = 2 }).Value);
    }

    [Fact]
    public void Without_a_btc_return_there_is_no_index()
    {
        var universe = AltcoinUniverse.On(Day(3), Coins, ThreeDay);
        var r = AltSeasonIndexCalculator.Evaluate(Day(3), universe, null, 3, ThreeDay);
        Assert.Null(r.Value);
        Assert.Null(r.Season);
    }

    [Theory]
    [InlineData(75, SeasonLabels.AltcoinSeason)]
    [InlineData(74.9, SeasonLabels.Neutral)]
    [InlineData(25.1, SeasonLabels.Neutral)]
    [InlineData(25, SeasonLabels.BitcoinSeason)]
    [InlineData(0, SeasonLabels.BitcoinSeason)]
    [InlineData(100, SeasonLabels.AltcoinSeason)]
    public void Season_thresholds_are_inclusive(double index, string expected) =>
        Assert.Equal(expected, SeasonLabels.Of(index, new AltSeasonIndexParameters()));

    [Fact]
    public void Universe_rules_v1_give_a_reason_for_each_exclusion_and_keep_exchange_tokens()
    {
        var rules = UniverseRules.Get("v1");
        Assert.True(rules.Excludes("wrapped-bitcoin"));
        Assert.True(rules.Excludes("staked-ether"));
        Assert.True(rules.Excludes("figure-heloc"));
        Assert.False(rules.Excludes("leo-token"));
        Assert.False(rules.Excludes("ethereum"));
        Assert.All(rules.Excluded, e => Assert.False(string.IsNullOrWhiteSpace(e.Note)));
        Assert.Equal(rules.Excluded.Count, rules.Excluded.Select(e => e.Id).Distinct().Count());
        Assert.Throws<OnChainParameterException>(() => UniverseRules.Get("v9"));
    }
}
