namespace AltSeason.OnChain.Signals;

/// <summary>
/// Altcoin Season Index: the share of the altcoin universe whose W-day price return beat bitcoin's. A coin needs
/// a price on the date and exactly W days before it; without both it is left out of numerator and denominator
/// (a young coin has no W-day return, and filling a gap would invent one). "Beat" is strictly greater.
/// </summary>
public static class AltSeasonIndexCalculator
{
    public static AltSeasonIndexReading Evaluate(
        DateOnly date, IReadOnlyList<CoinHistory> universe, CoinHistory? bitcoin, int windowDays, AltSeasonIndexParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(parameters);
        var version = parameters.UniverseRulesVersion;
        var bitcoinGrowth = bitcoin is null ? null : Growth(bitcoin, date, windowDays);
        if (bitcoinGrowth is not { } benchmark)
            return new(windowDays, null, null, 0, 0, universe.Count, null, version);

        int eligible = 0, outperformers = 0;
        foreach (var coin in universe)
        {
            if (Growth(coin, date, windowDays) is not { } growth) continue;
            eligible++;
            if (growth > benchmark) outperformers++;
        }
        if (eligible == 0)
            return new(windowDays, null, null, 0, 0, universe.Count, benchmark - 1, version);
        var index = 100.0 * outperformers / eligible;
        return new(windowDays, index, SeasonLabels.Of(index, parameters), outperformers, eligible, universe.Count, benchmark - 1, version);
    }

    // Price ratio end / start; comparing ratios is comparing returns without the − 1.
    static double? Growth(CoinHistory coin, DateOnly date, int windowDays) =>
        coin.PriceUsd.TryGetValue(date, out var end) && coin.PriceUsd.TryGetValue(date.AddDays(-windowDays), out var start)
            ? end / start
            : null;
}
