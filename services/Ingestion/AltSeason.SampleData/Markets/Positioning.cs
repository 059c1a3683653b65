using AltSeason.SampleData.Randomness;

namespace AltSeason.SampleData.Markets;

/// <summary>
/// Futures positioning for the scenario: the share of long accounts grows with market-cap rank number (smaller caps
/// are more long-biased, as the articles report) and rises into the end of the span; funding warms with it.
/// </summary>
public static class Positioning
{
    /// <summary>Share of accounts long on a day, in (0.3, 0.9).</summary>
    public static double LongShare(int rank, int day, int days, SeededRandom random)
    {
        var lateRise = day > days * 0.8 ? 0.25 * (day - days * 0.8) / (days * 0.2) : 0;
        var x = 0.05 + 0.22 * Math.Log(rank) + lateRise + random.Gaussian(0, 0.12);
        return Math.Clamp(1 / (1 + Math.Exp(-x)), 0.3, 0.9);
    }

    /// <summary>An 8-hour funding rate: neutral baseline plus a premium that grows with long bias.</summary>
    public static double FundingRate(double longShare, SeededRandom random) =>
        0.0001 + 0.0006 * (longShare - 0.55) + random.Gaussian(0, 0.00004);
}
