using AltSeason.Equities.Signals;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.Equities.Signals.HeadAndShoulders;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Tests.Support;

/// <summary>Random inputs with holes (missing SPX sessions, crypto weekends and gaps) and small windows.</summary>
public static class Synthetic
{
    public static readonly EquitiesParameters SmallWindows = new()
    {
        RelativeStrength = new(5, 20),
        Breakout = new(20, 2),
        HeadAndShoulders = new InverseHeadAndShouldersParameters(3, 3, 60),
        Correlation = new CorrelationParameters(10, 20, 30, MaxLag: 3, CrossCorrelationWindow: 20, GrangerLags: 2, GrangerWindow: 30),
    };

    public static EquitiesInputs Inputs(int seed, int sessions = 160)
    {
        var random = new Random(seed);
        var dates = Series.WeekdayDates(new DateOnly(2023, 11, 1)).Take(sessions).ToArray();
        var rut = Series.RandomWalk(sessions, seed);
        var spx = Series.RandomWalk(sessions, seed + 7, volatility: 0.007);
        var calendar = Enumerable.Range(0, dates[^1].DayNumber - dates[0].DayNumber + 1).Select(dates[0].AddDays).ToArray();
        var crypto = Series.RandomWalk(calendar.Length, seed + 13, start: 2e12, volatility: 0.02);
        return new EquitiesInputs(
            new DailySeries(dates.Zip(rut)),
            new DailySeries(dates.Zip(spx).Where(_ => random.NextDouble() > 0.05)))
        {
            CryptoTotalMarketCap = new DailySeries(calendar.Zip(crypto).Where(_ => random.NextDouble() > 0.05)),
            Russell2000MarketCap = new DailySeries(dates.Zip(rut.Select(p => p * 1e9))),
        };
    }
}
