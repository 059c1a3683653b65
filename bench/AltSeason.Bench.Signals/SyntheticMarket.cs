using AltSeason.Derivatives.Signals;
using AltSeason.Derivatives.Signals.LongShort;
using AltSeason.Equities.Signals;
using AltSeason.TimeSeries;

namespace AltSeason.Bench.Signals;

/// <summary>Seeded random-walk series shaped like the reference data (2,552 RUT sessions; 50 coins).</summary>
static class SyntheticMarket
{
    public const int ReferenceSessions = 2552;
    public const int ReferenceSymbols = 50;
    public const int ReferenceDays = 480;

    public static EquitiesInputs Equities(int sessions, int seed)
    {
        var dates = Weekdays(new DateOnly(1990, 1, 1)).Take(sessions).ToArray();
        var random = new Random(seed);
        return new EquitiesInputs(Walk(dates, 1100, random), Walk(dates, 2000, random))
        {
            CryptoTotalMarketCap = Walk(dates, 3e12, random),
        };
    }

    public static DerivativesInputs Derivatives(int days, int seed)
    {
        var random = new Random(seed);
        var dates = Enumerable.Range(0, days).Select(i => new DateOnly(1990, 1, 1).AddDays(i)).ToArray();
        var symbols = Enumerable.Range(0, ReferenceSymbols).Select(i => $"C{i}USDT").ToArray();
        return new DerivativesInputs(
            [.. symbols.Select((s, i) => new DerivativeContract(s, $"coin{i}"))],
            [.. symbols.Select(s => new LongShortSeries(s, LongShortKinds.Accounts, "1d", Walk(dates, 1, random)))],
            symbols.ToDictionary(s => s, _ => new DailySeries(dates.Select(d => (d, (random.NextDouble() - 0.4) * 0.001)))),
            symbols.ToDictionary(s => s, _ => Walk(dates, 1e9, random)),
            symbols.Select((_, i) => $"coin{i}").ToDictionary(c => c, _ => Walk(dates, 1e10, random)));
    }

    public static DailySeries Walk(DateOnly[] dates, double start, Random random)
    {
        var price = start;
        return new DailySeries(dates.Select(d => (d, price *= Math.Exp(0.01 * (random.NextDouble() * 2 - 1)))));
    }

    static IEnumerable<DateOnly> Weekdays(DateOnly start)
    {
        for (var d = start; ; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) yield return d;
    }
}
