using AltSeason.Equities.Signals.AllTimeHigh;
using AltSeason.Equities.Signals.Breakout;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.Equities.Signals.Evaluation;
using AltSeason.Equities.Signals.HeadAndShoulders;
using AltSeason.Equities.Signals.MarketCap;
using AltSeason.Equities.Signals.RelativeStrength;
using AltSeason.Equities.Signals.Streak;
using AltSeason.Equities.Signals.YearToDate;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Signals;

/// <summary>
/// The entry point the Equities service calls. One forward pass over the Russell 2000 sessions from the start
/// of history feeds every incremental calculator; results are kept for sessions in [from, to] (earlier sessions
/// only advance state). So evaluating a range costs little more than evaluating its last date, and equals
/// evaluating each date alone. Every per-session step is O(1) or O(window), and the results are value types
/// (their lists in shared arrays), so the cost per session stays flat however long the history.
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
        var rut = inputs.Russell2000Close;
        var kept = SessionsWithin(rut, from, to);
        var correlation = new EquityCryptoCorrelationTracker(parameters.Correlation, kept);
        var marketCap = inputs.Russell2000MarketCap is { } caps ? new MarketCapAdded(caps) : null;
        var highs = new ForwardLookup(inputs.Russell2000High);
        var sp500s = new ForwardLookup(inputs.Sp500Close);
        var cryptos = new ForwardLookup(inputs.CryptoTotalMarketCap);

        var results = new List<EquitiesEvaluation>(kept);
        for (var i = 0; i < rut.Count && rut.DateAt(i) <= to; i++)
        {
            var date = rut.DateAt(i);
            var close = rut.ValueAt(i);
            double? high = highs.TryGetValue(date, out var h) ? h : null;
            var hasSp500 = sp500s.TryGetValue(date, out var sp500);
            var hasCrypto = cryptos.TryGetValue(date, out var crypto);

            var athResult = ath.Step(date, close, high);
            var ytdResult = ytd.Step(date, close);
            var streakResult = hasSp500 ? streak.Step(date, close, sp500) : null;
            RelativeStrengthResult? strengthResult = hasSp500 ? strength.Step(close, sp500) : null;
            var breakoutResult = breakout.Step(date, close);
            var shapeResult = shape.Step(date, close);
            if (date < from)
            {
                if (hasCrypto) correlation.Add(close, crypto); // state only: nobody reads this session's correlations
                continue;
            }
            var correlationResult = hasCrypto ? correlation.Step(close, crypto) : null;

            var added = marketCap is not null && ytdResult is { } y ? marketCap.Step(y) : null;
            results.Add(new EquitiesEvaluation(
                date, close, athResult, ytdResult, streakResult, strengthResult, breakoutResult,
                shapeResult, added, correlationResult, parameters));
        }
        return results;
    }

    /// <summary>Sizes the result list up front: a full history holds hundreds of thousands of sessions.</summary>
    static int SessionsWithin(DailySeries sessions, DateOnly from, DateOnly to)
    {
        var first = sessions.IndexAtOrBefore(from);
        if (first < 0 || sessions.DateAt(first) < from) first++;
        return Math.Max(0, sessions.IndexAtOrBefore(to) - first + 1);
    }
}
