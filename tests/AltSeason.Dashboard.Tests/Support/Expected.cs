using AltSeason.TestPlatform;

namespace AltSeason.Dashboard.Tests.Support;

/// <summary>How many points each chart should draw, counted from the test data's recipe (nulls are gaps, not points).</summary>
public static class Expected
{
    public static int Scores => TestData.ScoreDates.Count;

    public static int EquityDates => TestData.ScoreDates.Count;

    public static int Correlations => TestData.ScoreDates.Select((_, i) => TestData.Equities(i))
        .Count(e => e.Values.Single(v => v.Name == "corr_returns_90").HasValue);

    public static int OnChainDates => TestData.OnChainDates.Count;

    public static int AltSeasonIndex => TestData.OnChainDates.Select((_, i) => TestData.OnChain(i))
        .Count(e => e.Values.Single(v => v.Name == "onchain.asi.90d").HasValue);
}
