using AltSeason.OnChain.Signals;
using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Tests.Support;

/// <summary>Small builders for hand-made inputs: day 0 is 2025-01-01.</summary>
internal static class Build
{
    public static readonly DateOnly Day0 = new(2025, 1, 1);

    public static DateOnly Day(int n) => Day0.AddDays(n);

    /// <summary>A series with one value per consecutive day from <paramref name="firstDay"/>; NaN leaves a gap.</summary>
    public static DailySeries Series(int firstDay, params double[] values) =>
        new(values.Select((v, i) => (Day(firstDay + i), v)).Where(p => !double.IsNaN(p.v)));

    public static CoinHistory Coin(string id, double[] prices, double[]? caps = null, int firstDay = 0) =>
        new(id, Series(firstDay, prices), Series(firstDay, caps ?? prices.Select(p => p * 1_000).ToArray()));

    public static OnChainInputs Inputs(GlobalMetrics? global = null, IEnumerable<CoinHistory>? coins = null, IEnumerable<NetflowHistory>? flows = null) =>
        new(global ?? GlobalMetrics.Empty, (coins ?? []).ToList(), (flows ?? []).ToList());

    public static GlobalMetrics Global(DailySeries? total = null, DailySeries? dominance = null, DailySeries? stablecoins = null) =>
        new(total ?? DailySeries.Empty, dominance ?? DailySeries.Empty, stablecoins ?? DailySeries.Empty, DailySeries.Empty, "test-provider");

    public static IReadOnlyList<DateOnly> Days(int from, int count) => Enumerable.Range(from, count).Select(Day).ToList();
}
