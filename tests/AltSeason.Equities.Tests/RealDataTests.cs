using AltSeason.Equities.Signals;
using AltSeason.Equities.Tests.Support;

namespace AltSeason.Equities.Tests;

/// <summary>
/// The articles' claims on the real reference data. Expected numbers come from
/// reference/expected.py (Python standard library, independent of this code), run on the same CSVs.
/// </summary>
public class RealDataTests
{
    static readonly EquitiesParameters Defaults = new();

    static AltSeason.Equities.Signals.Evaluation.EquitiesEvaluation On(DateOnly date) =>
        Assert.Single(EquitiesEvaluator.Evaluate(RealData.Inputs, Defaults, date, date));

    [Fact]
    public void Russell2000_closing_records_of_January_2026()
    {
        var january = EquitiesEvaluator.Evaluate(RealData.Inputs, Defaults, new(2026, 1, 1), new(2026, 1, 31));
        var records = january.Where(e => e.AllTimeHigh.IsNewHigh).Select(e => e.AsOf.ToString("yyyy-MM-dd"));
        // expected.py: ath_jan_2026
        Assert.Equal(
            ["2026-01-08", "2026-01-09", "2026-01-12", "2026-01-14", "2026-01-15", "2026-01-16", "2026-01-21", "2026-01-22"],
            records);
    }

    [Fact]
    public void Year_to_date_return_by_15_January_2026_is_about_7_percent()
    {
        var ytd = On(new(2026, 1, 15)).YearToDate!.Value;
        // expected.py: ytd_2026_01_15 0.07762167040706558 base 2025-12-31 2481.91
        Assert.Equal(0.07762167040706558, ytd.Return, 12);
        Assert.Equal(new DateOnly(2025, 12, 31), ytd.BaseDate);
        Assert.Equal(2481.91, ytd.BaseClose);
    }

    [Fact]
    public void Outperformance_streak_on_14_January_2026_is_nine_sessions_the_longest_since_2017()
    {
        var streak = On(new(2026, 1, 14)).Streak!.Value;
        // expected.py: streak_2026_01_14 9 longest_since 2017-09-01 9
        Assert.Equal(9, streak.Sessions);
        Assert.Equal(new DateOnly(2017, 9, 1), streak.LongestSince);
        Assert.Equal(9, streak.LongestSinceSessions);
    }

    [Fact]
    public void Ninety_session_return_correlation_with_total_crypto_cap_on_15_January_2026()
    {
        var window = On(new(2026, 1, 15)).Correlation!.Value.Windows.ToArray().Single(w => w.Window == 90).Returns!.Value;
        // expected.py: corr90 2026-01-15 (0.5762240696213836, 0.4191505621900671, 0.6998066390076773, 90, ...)
        Assert.Equal(0.5762240696213836, window.Correlation, 9);
        Assert.Equal(0.4191505621900671, window.Lower, 9);
        Assert.Equal(0.6998066390076773, window.Upper, 9);
        Assert.Equal(90, window.Count);
    }

    [Fact]
    public void Snapshot_mapping_of_the_inputs_builder_matches_the_one_the_tests_use()
    {
        // cmc_global's first row is stamped 2025-05-08 01:45:07 UTC: the close of 7 May.
        var stamp = new DateTimeOffset(2025, 5, 8, 1, 45, 7, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2025, 5, 7), EquitiesInputsBuilder.CloseDate(stamp, Defaults.Correlation.CryptoSnapshotCutoffHour));
        Assert.Equal(new DateOnly(2025, 5, 7), RealData.Inputs.CryptoTotalMarketCap!.DateAt(0));
    }
}
