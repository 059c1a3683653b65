using System.Text;
using AltSeason.SampleData.Markets;
using AltSeason.SampleData.Randomness;
using AltSeason.SampleData.Universe;

namespace AltSeason.SampleData.Writers;

/// <summary>
/// CoinMarketCap global metrics, one snapshot a day taken about 01:45 UTC on the next day (as the real feed does).
/// The universe is the top of the market: totals add a long tail the universe does not list.
/// </summary>
static class CoinMarketCapGlobalWriter
{
    const double UniverseShareOfMarket = 0.9;

    public static byte[] Write(DateOnly start, int days, IReadOnlyList<CoinHistory> coins, SeededRandom random)
    {
        var text = new StringBuilder(
            "active_cryptocurrencies,total_cryptocurrencies,eth_dominance,btc_dominance,stablecoin_market_cap," +
            "total_market_cap,total_volume_24h,altcoin_market_cap,last_updated,date\n");
        var btc = coins.Single(c => c.Coin.Kind == CoinKind.Bitcoin);
        var eth = coins.Single(c => c.Coin.Kind == CoinKind.Ether);
        for (var t = 0; t < days; t++)
        {
            var total = coins.Sum(c => c.MarketCap[t]) / UniverseShareOfMarket;
            var stable = coins.Where(c => c.Coin.Kind == CoinKind.Stablecoin).Sum(c => c.MarketCap[t]) / 0.95;
            var volume = coins.Sum(c => c.Volume[t]) / UniverseShareOfMarket;
            var snapshot = start.AddDays(t + 1).ToDateTime(new TimeOnly(1, 30)).AddSeconds(random.Next(30 * 60));
            text.Append(9_500 + t / 3).Append(',').Append(34_000 + t * 11).Append(',')
                .Append(Text.Number(eth.MarketCap[t] / total * 100, 12)).Append(',')
                .Append(Text.Number(btc.MarketCap[t] / total * 100, 12)).Append(',')
                .Append(Text.Fixed(stable, 2)).Append(',').Append(Text.Fixed(total, 2)).Append(',')
                .Append(Text.Fixed(volume, 2)).Append(',').Append(Text.Fixed(total - btc.MarketCap[t], 2)).Append(',')
                .Append(snapshot.AddMinutes(-2).ToString("yyyy-MM-ddTHH:mm:00.000Z", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(snapshot.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }
        return Text.Bytes(text);
    }
}
