using AltSeason.SampleData.Randomness;
using AltSeason.SampleData.Universe;

namespace AltSeason.SampleData.Markets;

/// <summary>
/// Coin histories for the scenario: Bitcoin trends up; each altcoin rallies to a peak early, then bleeds to a deep
/// drawdown (most end 80% or more below their high), and small caps rebound in the final tenth of the span.
/// Stablecoins hold their peg, wrapped and staked tokens track their underlying.
/// </summary>
public static class CryptoMarket
{
    public static IReadOnlyList<CoinHistory> Generate(IReadOnlyList<Coin> coins, int days, SeededRandom random)
    {
        var btcReturns = new double[days];
        for (var t = 1; t < days; t++) btcReturns[t] = random.Gaussian(0.0012, 0.028);
        var btc = Walk(60_000, btcReturns);

        var ethReturns = new double[days];
        for (var t = 1; t < days; t++) ethReturns[t] = 1.1 * btcReturns[t] + random.Gaussian(-0.0006, 0.018);
        var eth = Walk(3_000, ethReturns);

        return coins.Select(coin =>
        {
            var coinRandom = random.Fork((ulong)coin.Rank);
            var price = coin.Kind switch
            {
                CoinKind.Bitcoin => btc,
                CoinKind.Ether => eth,
                CoinKind.Stablecoin => Peg(days, coinRandom),
                CoinKind.Wrapped => Track(coin.Symbol == "weth" ? eth : btc, 0.001, coinRandom),
                CoinKind.LiquidStaking => Track(eth, 0.002, coinRandom).Select(p => coin.Symbol == "wsteth" ? p * 1.21 : p).ToArray(),
                _ => Altcoin(coin.Rank, btcReturns, coinRandom),
            };
            // Starting caps fall with rank like the real market's (BTC ≈ 1.2 T$, rank 50 ≈ 3 B$).
            var startCap = 1.2e12 * Math.Pow(coin.Rank, -1.5);
            var supply = startCap / price[0];
            var growth = coin.Kind == CoinKind.Stablecoin ? 0.0006 : 0.0;
            var cap = new double[days];
            var volume = new double[days];
            for (var t = 0; t < days; t++)
            {
                cap[t] = price[t] * supply * Math.Exp(growth * t);
                volume[t] = cap[t] * coinRandom.Uniform(0.02, 0.12);
            }
            return new CoinHistory(coin, price, cap, volume);
        }).ToArray();
    }

    static double[] Altcoin(int rank, double[] btcReturns, SeededRandom random)
    {
        var days = btcReturns.Length;
        var beta = random.Uniform(1.0, 1.5);
        var peakDay = (int)(days * random.Uniform(0.1, 0.3));
        var rally = Math.Log(random.Uniform(1.5, 3.0));
        // Drawdown from the peak by 90% of the span: between 55% and 97%, most of them beyond 80%.
        var depth = Math.Log(1 - (0.55 + 0.42 * Math.Sqrt(random.NextDouble())));
        var reboundStart = (int)(days * 0.9);
        var rebound = rank > 20 ? Math.Log(random.Uniform(1.3, 2.2)) : Math.Log(random.Uniform(0.9, 1.3));
        var bleed = (depth - beta * BtcDrift(btcReturns, peakDay, reboundStart)) / (reboundStart - peakDay);
        var returns = new double[days];
        for (var t = 1; t < days; t++)
        {
            var shape = t <= peakDay ? rally / peakDay : t < reboundStart ? bleed : rebound / (days - reboundStart);
            returns[t] = beta * btcReturns[t] + shape + random.Gaussian(0, 0.02);
        }
        return Walk(Math.Pow(10, random.Uniform(-3, 2.5)), returns);
    }

    // The BTC move over the bleed is taken out so the altcoin's drawdown is its own, whatever Bitcoin did.
    static double BtcDrift(double[] btcReturns, int from, int to) => btcReturns[from..to].Sum();

    static double[] Walk(double start, double[] returns)
    {
        var prices = new double[returns.Length];
        var log = Math.Log(start);
        for (var t = 0; t < returns.Length; t++)
        {
            log += returns[t];
            prices[t] = Math.Exp(log);
        }
        return prices;
    }

    static double[] Peg(int days, SeededRandom random) =>
        Enumerable.Range(0, days).Select(_ => 1 + Math.Clamp(random.Gaussian(0, 0.0008), -0.004, 0.004)).ToArray();

    static double[] Track(double[] underlying, double noise, SeededRandom random) =>
        underlying.Select(p => p * (1 + random.Gaussian(0, noise))).ToArray();
}
