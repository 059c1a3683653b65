using AltSeason.SampleData.Markets;
using AltSeason.SampleData.Randomness;
using AltSeason.SampleData.Universe;
using AltSeason.SampleData.Writers;

namespace AltSeason.SampleData;

/// <summary>
/// Writes a deterministic, seeded set of input files in the vendors' own formats for the articles' scenario:
/// RUT and SPX (Yahoo CSV) ending in a small-cap breakout to an all-time high with a streak of sessions beating the
/// S&amp;P 500; CoinMarketCap global metrics; CoinGecko market charts for a universe with stablecoins, wrapped and
/// staked tokens; Binance long/short ratios and funding per symbol (long bias rising with rank number); CryptoQuant
/// exchange flows (mixed signs); and altcoins mostly 80% or more below their highs. Same options → same bytes.
/// </summary>
public static class SampleDataGenerator
{
    /// <summary>Generates the files in memory (benchmarks, tests).</summary>
    public static IReadOnlyList<SampleFile> Generate(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var root = new SeededRandom((ulong)options.Seed);
        var start = options.FirstDay;
        var files = new List<SampleFile>();

        var equities = EquityMarket.Generate(start, options.Days, root.Fork(1));
        var nullRow = equities.Sessions.Count / 3;
        files.Add(new SampleFile("^RUT.csv", "yahoo-csv", YahooCsvWriter.Write(equities.Sessions, equities.Russell2000, nullRow)));
        files.Add(new SampleFile("^GSPC.csv", "yahoo-csv", YahooCsvWriter.Write(equities.Sessions, equities.SP500, nullRow)));

        var coins = CryptoMarket.Generate(CoinUniverse.Create(options.Coins), options.Days, root.Fork(2));
        files.Add(new SampleFile("cmc_global_metrics.csv", "cmc-global-metrics-csv",
            CoinMarketCapGlobalWriter.Write(start, options.Days, coins, root.Fork(3))));
        files.AddRange(coins.Select(c =>
            new SampleFile($"{c.Coin.Id}.json", "coingecko-market-chart-json", CoinGeckoMarketChartWriter.Write(start, c))));

        var derivatives = root.Fork(4);
        foreach (var coin in coins.Where(c => c.Coin.HasFutures).Take(options.Symbols))
        {
            var symbol = coin.Coin.FuturesSymbol;
            var binance = BinanceWriter.Write(start, coin, derivatives.Fork((ulong)coin.Coin.Rank));
            files.Add(new SampleFile($"{symbol}_globalLongShortAccountRatio.json", "binance-longshort-accounts-json", binance.Accounts));
            files.Add(new SampleFile($"{symbol}_topLongShortPositionRatio.json", "binance-longshort-top-positions-json", binance.TopPositions));
            files.Add(new SampleFile($"{symbol}_takerlongshortRatio.json", "binance-taker-longshort-json", binance.Taker));
            files.Add(new SampleFile($"{symbol}_fundingRate.json", "binance-funding-rate-json", binance.Funding));
        }

        var flows = root.Fork(5);
        var tokens = coins.Where(c => c.Coin.Kind is CoinKind.Bitcoin or CoinKind.Ether or CoinKind.Altcoin).Take(options.Tokens).ToArray();
        for (var i = 0; i < tokens.Length; i++)
        {
            var asJson = i % 2 == 1;
            files.Add(new SampleFile($"{tokens[i].Coin.Symbol}_exchange_flows.{(asJson ? "json" : "csv")}",
                asJson ? "cryptoquant-exchange-flow-json" : "cryptoquant-exchange-flow-csv",
                CryptoQuantWriter.Write(start, tokens[i], flows.Fork((ulong)tokens[i].Coin.Rank), asJson)));
        }
        return files;
    }

    /// <summary>Writes the files into <paramref name="folder"/> (created if needed) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, SampleDataOptions options)
    {
        Directory.CreateDirectory(folder);
        return Generate(options).Select(file =>
        {
            var path = Path.Combine(folder, file.FileName);
            File.WriteAllBytes(path, file.Content);
            return path;
        }).ToArray();
    }
}
