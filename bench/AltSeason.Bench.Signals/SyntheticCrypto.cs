using AltSeason.OnChain.Signals;
using AltSeason.TimeSeries;

namespace AltSeason.Bench.Signals;

/// <summary>Seeded OnChain inputs shaped like the reference: 50 coins with bitcoin and ethereum, global metrics, 6 netflow tokens.</summary>
static class SyntheticCrypto
{
    const int NetflowTokens = 6;
    static readonly string[] MajorCoins = ["bitcoin", "ethereum"];

    public static OnChainInputs OnChain(int days, int seed)
    {
        var random = new Random(seed);
        var dates = Enumerable.Range(0, days).Select(i => new DateOnly(1990, 1, 1).AddDays(i)).ToArray();
        var ids = MajorCoins.Concat(Enumerable.Range(2, SyntheticMarket.ReferenceSymbols - 2).Select(i => $"coin{i}")).ToArray();
        var coins = ids.Select((id, i) => new CoinHistory(id, SyntheticMarket.Walk(dates, 100.0 / (i + 1), random),
            SyntheticMarket.Walk(dates, 1e12 / (i + 1), random))).ToList();
        var global = new GlobalMetrics(SyntheticMarket.Walk(dates, 3e12, random), SyntheticMarket.Walk(dates, 55, random),
            SyntheticMarket.Walk(dates, 2e11, random), SyntheticMarket.Walk(dates, 1e12, random), "synthetic");
        var flows = ids.Take(NetflowTokens).Select(id => new NetflowHistory(id,
            new DailySeries(dates.Select(d => (d, random.NextDouble() * 2000 - 1000))), DailySeries.Empty)).ToList();
        return new OnChainInputs(global, coins, flows);
    }

    /// <summary>Observations the inputs hold: every value of every series.</summary>
    public static int Observations(OnChainInputs inputs) =>
        inputs.Global.TotalMarketCapUsd.Count + inputs.Global.BtcDominancePercent.Count + inputs.Global.StablecoinMarketCapUsd.Count
        + inputs.Global.AltcoinMarketCapUsd.Count + inputs.Coins.Sum(c => c.PriceUsd.Count + c.MarketCapUsd.Count)
        + inputs.Netflows.Sum(f => f.Native.Count + f.Usd.Count);

    public static IEnumerable<DailySeries> Series(OnChainInputs inputs) =>
        new[] { inputs.Global.TotalMarketCapUsd, inputs.Global.BtcDominancePercent, inputs.Global.StablecoinMarketCapUsd, inputs.Global.AltcoinMarketCapUsd }
            .Concat(inputs.Coins.SelectMany(c => new[] { c.PriceUsd, c.MarketCapUsd }))
            .Concat(inputs.Netflows.Select(f => f.Native));
}
