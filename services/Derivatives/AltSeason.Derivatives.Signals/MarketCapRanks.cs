using AltSeason.TimeSeries;

namespace AltSeason.Derivatives.Signals;

/// <summary>Market-cap rank of every supplied coin on a date: 1 = largest. Equal caps share the better rank.</summary>
public static class MarketCapRanks
{
    public static IReadOnlyDictionary<string, int> On(IReadOnlyDictionary<string, DailySeries> marketCaps, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(marketCaps);
        var caps = marketCaps
            .Select(p => (Coin: p.Key, Found: p.Value.TryGetValue(date, out var cap), Cap: cap))
            .Where(c => c.Found)
            .OrderByDescending(c => c.Cap)
            .ThenBy(c => c.Coin, StringComparer.Ordinal)
            .ToArray();
        var ranks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < caps.Length; i++)
            ranks[caps[i].Coin] = i > 0 && caps[i].Cap == caps[i - 1].Cap ? ranks[caps[i - 1].Coin] : i + 1;
        return ranks;
    }
}
