using AltSeason.TimeSeries;

namespace AltSeason.Derivatives.Signals.LongShort;

/// <summary>One long/short ratio series: its symbol, which of the three ratios it is, and the vendor period.</summary>
/// <param name="Kind">One of <see cref="LongShortKinds"/>: accounts (longAccount/shortAccount), top-trader positions, taker volume.</param>
/// <param name="Period">The vendor's sampling period, e.g. <c>1d</c> or <c>4h</c>; the daily value is the last sample of the date.</param>
public sealed record LongShortSeries(string Symbol, string Kind, string Period, DailySeries Ratio);
