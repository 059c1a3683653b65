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
        // Called for every date of a history: a plain list and one sort, not a LINQ ordering per date.
        var ranked = new List<(CoinHistory Coin, double Cap)>(coins.Count);
        foreach (var coin in coins)
        {
            if (rules.Excludes(coin.Id) || string.Equals(coin.Id, parameters.BitcoinId, StringComparison.OrdinalIgnoreCase)) continue;
            if (coin.MarketCapUsd.TryGetValue(date, out var cap) && !double.IsNaN(cap)) ranked.Add((coin, cap));
        }
        ranked.Sort(static (a, b) => a.Cap != b.Cap ? b.Cap.CompareTo(a.Cap) : string.CompareOrdinal(a.Coin.Id, b.Coin.Id));
        var universe = new List<CoinHistory>(Math.Min(ranked.Count, parameters.UniverseSize));
        for (var i = 0; i < ranked.Count && i < parameters.UniverseSize; i++) universe.Add(ranked[i].Coin);
        return universe;
    }
}
