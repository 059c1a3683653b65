using AltSeason.Equities.Signals.AllTimeHigh;
using AltSeason.Equities.Signals.Breakout;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.Equities.Signals.Evaluation;
using AltSeason.Equities.Signals.HeadAndShoulders;
using AltSeason.Equities.Signals.MarketCap;
using AltSeason.Equities.Signals.RelativeStrength;
using AltSeason.Equities.Signals.Streak;
using AltSeason.Equities.Signals.YearToDate;

namespace AltSeason.Equities.Signals;

/// <summary>
/// The entry point the Equities service calls. One forward pass over the Russell 2000 sessions from the start
/// of history feeds every incremental calculator; results are kept for sessions in [from, to]. So evaluating
/// a range costs the same as evaluating its last date, and equals evaluating each date alone.
/// </summary>
public static class EquitiesEvaluator
{
    public static IReadOnlyList<EquitiesEvaluation> Evaluate(
        EquitiesInputs inputs, EquitiesParameters parameters, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        EquitiesParametersValidation.Validate(parameters);
        if (from > to) throw new EquitiesInputException("date range", from, $"starts after its end {to:yyyy-MM-dd}");
        inputs.Validate();

        var ath = new AllTimeHighTracker(parameters.AllTimeHigh);
        var ytd = new YearToDateTracker();
        var streak = new OutperformanceStreakTracker();
        var strength = new RelativeStrengthTracker(parameters.RelativeStrength);
        var breakout = new ResistanceBreakoutTracker(parameters.Breakout);
        var shape = new InverseHeadAndShouldersDetector(parameters.HeadAndShoulders);
        var correlation = new EquityCryptoCorrelationTracker(parameters.Correlation);

        var rut = inputs.Russell2000Close;
        var results = new List<EquitiesEvaluation>();
        for (var i = 0; i < rut.Count && rut.DateAt(i) <= to; i++)
        {
            var date = rut.DateAt(i);
            var close = rut.ValueAt(i);
            double? high = inputs.Russell2000High is { } highs && highs.TryGetValue(date, out var h) ? h : null;
            var hasSp500 = inputs.Sp500Close.TryGetValue(date, out var sp500);
            double? crypto = inputs.CryptoTotalMarketCap is { } caps && caps.TryGetValue(date, out var cap) ? cap : null;

            var athResult = ath.Step(date, close, high);
            var ytdResult = ytd.Step(date, close);
            var streakResult = hasSp500 ? streak.Step(date, close, sp500) : null;
            var strengthResult = hasSp500 ? strength.Step(close, sp500) : null;
            var breakoutResult = breakout.Step(date, close);
            var shapeResult = shape.Step(date, close);
            var correlationResult = crypto is { } c ? correlation.Step(close, c) : null;
            if (date < from) continue;

            var added = inputs.Russell2000MarketCap is { } marketCap && ytdResult is not null
                ? MarketCapAdded.Compute(marketCap, ytdResult)
                : null;
            results.Add(new EquitiesEvaluation(
                date, close, athResult, ytdResult, streakResult, strengthResult, breakoutResult,
                shapeResult, added, correlationResult, parameters));
        }
        return results;
    }
}
