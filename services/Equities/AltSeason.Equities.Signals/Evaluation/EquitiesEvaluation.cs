using AltSeason.Equities.Signals.AllTimeHigh;
using AltSeason.Equities.Signals.Breakout;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.Equities.Signals.HeadAndShoulders;
using AltSeason.Equities.Signals.MarketCap;
using AltSeason.Equities.Signals.RelativeStrength;
using AltSeason.Equities.Signals.Streak;
using AltSeason.Equities.Signals.YearToDate;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Signals.Evaluation;

/// <summary>Every equities output for one Russell 2000 session, with the parameters that produced it.</summary>
/// <param name="YearToDate">Null without a close in the previous calendar year.</param>
/// <param name="Streak">Null when SPX has no close that day (or on the first common session).</param>
/// <param name="RelativeStrength">Null when SPX has no close that day.</param>
/// <param name="MarketCapAdded">Null unless a RUT market-cap series was supplied.</param>
/// <param name="Correlation">Null when crypto has no value that day (or on the first aligned session).</param>
public sealed record EquitiesEvaluation(
    DateOnly AsOf,
    double Russell2000Close,
    AllTimeHighResult AllTimeHigh,
    YearToDateResult? YearToDate,
    OutperformanceStreakResult? Streak,
    RelativeStrengthResult? RelativeStrength,
    ResistanceBreakoutResult Breakout,
    InverseHeadAndShouldersResult HeadAndShoulders,
    MarketCapAddedResult? MarketCapAdded,
    EquityCryptoCorrelationResult? Correlation,
    EquitiesParameters Parameters)
{
    /// <summary>Flat values in a fixed order; every name is always present (value null when undefined).</summary>
    public IReadOnlyList<SignalValue> ToSignalValues() => EquitiesSignalValues.Flatten(this);
}
