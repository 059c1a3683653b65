using AltSeason.Equities.Signals;
using AltSeason.Equities.Signals.AllTimeHigh;
using AltSeason.Equities.Tests.Support;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Tests.Golden;

/// <summary>
/// The inputs whose full outputs the golden file pins: the real reference data and generated data with holes,
/// intraday highs, a market-cap series and a volatile stretch (so patterns, breakouts and Granger tests occur).
/// </summary>
public static class GoldenDatasets
{
    public static IEnumerable<(string Name, EquitiesInputs Inputs, EquitiesParameters Parameters)> All()
    {
        yield return ("reference-defaults", RealData.Inputs, new EquitiesParameters());
        yield return ("reference-small-windows", RealData.Inputs, Synthetic.SmallWindows);
        yield return ("generated-defaults-high-basis", WithHighs(Synthetic.Inputs(seed: 21, sessions: 3000), seed: 22),
            new EquitiesParameters { AllTimeHigh = new(PriceBasis.High) });
        yield return ("generated-small-windows", Synthetic.Inputs(seed: 31, sessions: 1500), Synthetic.SmallWindows);
        yield return ("generated-volatile-small-windows", Volatile(sessions: 1500, seed: 41), Synthetic.SmallWindows);
    }

    /// <summary>Intraday highs a little above most closes, missing on some sessions (the close is used then).</summary>
    static EquitiesInputs WithHighs(EquitiesInputs inputs, int seed)
    {
        var random = new Random(seed);
        var rut = inputs.Russell2000Close;
        var highs = rut.Dates.Zip(rut.Values)
            .Where(_ => random.NextDouble() > 0.1)
            .Select(p => (p.First, p.Second * (1 + random.NextDouble() * 0.01)));
        return inputs with { Russell2000High = new DailySeries(highs) };
    }

    /// <summary>Daily moves of up to ±6%: turning points, breakouts and broken records come often.</summary>
    static EquitiesInputs Volatile(int sessions, int seed)
    {
        var dates = Series.WeekdayDates(new DateOnly(2001, 1, 1)).Take(sessions).ToArray();
        var rut = Series.RandomWalk(sessions, seed, volatility: 0.035);
        var spx = Series.RandomWalk(sessions, seed + 1, volatility: 0.02);
        var crypto = Series.RandomWalk(sessions, seed + 2, start: 1e12, volatility: 0.05);
        return new EquitiesInputs(new DailySeries(dates.Zip(rut)), new DailySeries(dates.Zip(spx)))
        {
            CryptoTotalMarketCap = new DailySeries(dates.Zip(crypto)),
        };
    }
}
