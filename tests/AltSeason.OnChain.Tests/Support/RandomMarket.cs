using AltSeason.OnChain.Signals;
using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Tests.Support;

/// <summary>A random but plausible market from a seed: random walks with gaps, so windows are partly filled.</summary>
internal static class RandomMarket
{
    public static readonly string[] CoinIds =
        ["bitcoin", "ethereum", "tether", "solana", "ripple", "cardano", "dogecoin", "tron", "chainlink", "avalanche-2", "sui", "weth"];

    static readonly string[] Tokens = ["eth", "sol"];

    /// <summary>Small windows so a short history exercises every code path.</summary>
    public static readonly OnChainParameters SmallWindows = OnChainParameters.Default with
    {
        Netflow = new NetflowParameters(ShortSumDays: 2, LongSumDays: 4, ZScoreHistoryDays: 5),
        Drawdown = new DrawdownParameters(MinimumHistoryDays: 3),
        Dominance = new DominanceParameters(ChangeDays: 2),
        Others = new OthersParameters(TopCount: 4, SupportDays: 6),
        EthBtc = new EthBtcParameters(TrendDays: 5, BreakoutBand: 0.5),
        AltSeasonIndex = new AltSeasonIndexParameters(UniverseSize: 6) { Windows = [3, 7] },
        Stablecoins = new StablecoinParameters(ChangeDays: 3),
        WindowCoverage = 0.6,
    };

    public static OnChainInputs Create(int seed, int days)
    {
        var random = new Random(seed);
        var coins = CoinIds.Select((id, i) =>
        {
            var firstDay = random.Next(0, days / 3);
            var prices = Walk(random, days - firstDay, 10 + i, gapChance: 0.08);
            var caps = prices.Select(p => double.IsNaN(p) ? p : p * (1e6 * (CoinIds.Length - i)) * (0.8 + 0.4 * random.NextDouble())).ToArray();
            return Build.Coin(id, prices, caps, firstDay);
        }).ToList();
        var total = Walk(random, days, 1e9, gapChance: 0.05);
        var global = Build.Global(
            total: Build.Series(0, total),
            dominance: Build.Series(0, Walk(random, days, 55, gapChance: 0.3)),
            stablecoins: Build.Series(0, Walk(random, days, 1e8, gapChance: 0.1)));
        var flows = Tokens.Select(token => new NetflowHistory(token,
            Build.Series(0, Flows(random, days, 1000)), Build.Series(0, Flows(random, days, 3e6)))).ToList();
        return new OnChainInputs(global, coins, flows);
    }

    static double[] Walk(Random random, int days, double start, double gapChance)
    {
        var values = new double[days];
        var level = start;
        for (var i = 0; i < days; i++)
        {
            level *= Math.Exp(0.08 * (random.NextDouble() - 0.5));
            values[i] = random.NextDouble() < gapChance ? double.NaN : level;
        }
        return values;
    }

    static double[] Flows(Random random, int days, double scale) =>
        Enumerable.Range(0, days).Select(_ => random.NextDouble() < 0.1 ? double.NaN : scale * (random.NextDouble() - 0.55)).ToArray();
}
