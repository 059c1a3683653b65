using AltSeason.Equities.Signals.AllTimeHigh;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.TimeSeries;
using static AltSeason.Equities.Signals.Evaluation.Units;

namespace AltSeason.Equities.Signals.Evaluation;

/// <summary>Flattens an <see cref="EquitiesEvaluation"/> into named values with explicit units.</summary>
public static class EquitiesSignalValues
{
    public static IReadOnlyList<SignalValue> Flatten(EquitiesEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var values = new List<SignalValue> { new("rut_close", e.Russell2000Close, IndexPoints) };

        var ath = e.AllTimeHigh;
        var basis = ath.Basis switch
        {
            PriceBasis.Close => "close",
            PriceBasis.High => "high",
            _ => ath.Basis.ToString().ToLowerInvariant(),
        };
        values.Add(new("ath_is_new_high", Flag(ath.IsNewHigh), Bool, basis));
        values.Add(new("ath_value", ath.AllTimeHigh, IndexPoints, Day(ath.AllTimeHighDate)));
        values.Add(new("ath_sessions_since", ath.SessionsSinceHigh, Sessions));
        values.Add(new("ath_days_since", ath.CalendarDaysSinceHigh, Days));
        values.Add(new("ath_distance", ath.DistanceToHigh, Fraction));

        values.Add(new("ytd_return", e.YearToDate?.Return, Fraction));
        values.Add(new("ytd_base_close", e.YearToDate?.BaseClose, IndexPoints, Day(e.YearToDate?.BaseDate)));
        values.Add(new("market_cap_added", e.MarketCapAdded?.AddedUsd, Usd, Day(e.MarketCapAdded?.BaseMarketCapDate)));

        values.Add(new("streak_sessions", e.Streak?.Sessions, Sessions));
        values.Add(new("streak_longest_since", e.Streak?.LongestSinceSessions, Sessions, Day(e.Streak?.LongestSince)));

        var rs = e.RelativeStrength;
        values.Add(new("rs_ratio", rs?.Ratio, Ratio));
        values.Add(new("rs_change", rs?.Change, Fraction));
        values.Add(new("rs_prior_high", rs?.PriorHigh, Ratio));
        values.Add(new("rs_broke_prior_high", Flag(rs?.BrokePriorHigh), Bool));

        var b = e.Breakout;
        values.Add(new("breakout_resistance", b.Resistance, IndexPoints));
        values.Add(new("breakout_closed_above", Flag(b.ClosedAbove), Bool));
        values.Add(new("breakout_confirmed", Flag(b.Confirmed), Bool));
        values.Add(new("breakout_first_confirmation", Flag(b.FirstConfirmation), Bool));
        values.Add(new("breakout_broken_level", b.BrokenLevel, IndexPoints, Day(b.BreakoutDate)));

        var hs = e.HeadAndShoulders;
        values.Add(new("ihs_found", Flag(hs.Pattern is not null), Bool));
        values.Add(new("ihs_head", hs.Pattern?.Head.Price, IndexPoints, Day(hs.Pattern?.Head.Date)));
        values.Add(new("ihs_neckline", hs.Neckline, IndexPoints));
        values.Add(new("ihs_target", hs.Target, IndexPoints));
        values.Add(new("ihs_fit_quality", hs.FitQuality, Score));
        values.Add(new("ihs_confirmed", Flag(hs.Confirmed), Bool));
        values.Add(new("ihs_broke_out_today", Flag(hs.BrokeOutToday), Bool));

        AddCorrelation(values, e);
        return values;
    }

    static void AddCorrelation(List<SignalValue> values, EquitiesEvaluation e)
    {
        var c = e.Correlation;
        var p = e.Parameters.Correlation;
        // Windows and lags come in parameter order: window i at index i, lag k at index k + MaxLag.
        var windows = p.Windows;
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            WindowCorrelation? w = c?.Windows.Span[i];
            values.Add(new($"corr_returns_{window}", w?.Returns?.Correlation, CorrelationCoefficient));
            values.Add(new($"corr_returns_{window}_lower", w?.Returns?.Lower, CorrelationCoefficient));
            values.Add(new($"corr_returns_{window}_upper", w?.Returns?.Upper, CorrelationCoefficient));
            values.Add(new($"corr_returns_{window}_n", w?.Returns?.Count, Count));
            values.Add(new($"corr_levels_{window}_descriptive", w?.LevelCorrelationDescriptive, CorrelationCoefficient, "descriptive"));
        }
        for (var lag = -p.MaxLag; lag <= p.MaxLag; lag++)
        {
            LagCorrelation? l = c?.Lags.Span[lag + p.MaxLag];
            values.Add(new($"xcorr_lag_{lag:+0;-0;0}", l?.Correlation, CorrelationCoefficient));
        }
        values.Add(new("xcorr_strongest_lag", c?.StrongestLag?.Lag, Sessions));
        values.Add(new("xcorr_strongest", c?.StrongestLag?.Correlation, CorrelationCoefficient));
        values.Add(new("granger_f", c?.Granger?.FStatistic, FStatistic));
        values.Add(new("granger_p_value", c?.Granger?.PValue, Probability));
    }

    static double? Flag(bool? value) => value is { } v ? (v ? 1 : 0) : null;

    static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd");
}
