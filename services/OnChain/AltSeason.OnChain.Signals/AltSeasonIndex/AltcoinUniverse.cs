namespace AltSeason.OnChain.Signals;

/// <summary>
/// The altcoins of a date: coins with a market cap that day, minus the rules' exclusions, largest first, cut to the
/// universe size. Exclusions come first so a stablecoin never takes an altcoin's place in the top N.
/// Ties in market cap are broken by coin id so the selection is deterministic.
/// </summary>
public static class AltcoinUniverse
{
    public static IReadOnlyList<CoinHistory> On(DateOnly date, IReadOnlyList<CoinHistory> coins, AltSeasonIndexParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(coins);
        ArgumentNullException.ThrowIfNull(parameters);
        var rules = parameters.Rules;
        return coins
            .Where(c => !rules.Excludes(c.Id) && !string.Equals(c.Id, parameters.BitcoinId, StringComparison.OrdinalIgnoreCase))
            .Select(c => (Coin: c, Cap: c.MarketCapUsd.TryGetValue(date, out var cap) ? cap : double.NaN))
            .Where(x => !double.IsNaN(x.Cap))
            .OrderByDescending(x => x.Cap)
            .ThenBy(x => x.Coin.Id, StringComparer.Ordinal)
            .Take(parameters.UniverseSize)
            .Select(x => x.Coin)
            .ToList();
    }
}
