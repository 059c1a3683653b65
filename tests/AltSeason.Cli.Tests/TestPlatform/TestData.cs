using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;

namespace AltSeason.TestPlatform;

/// <summary>
/// The fixed data the test platform serves: 30 weekdays of scores from 2026-01-05, equity signals on those
/// weekdays, on-chain signals on every calendar day in between. Every number follows a simple recipe so
/// tests can recompute what they expect without asking the servers.
/// </summary>
public static class TestData
{
    public static readonly DateOnly FirstDate = new(2026, 1, 5);

    public static readonly (string Name, string Family, double Weight)[] Components =
    [
        ("equities_risk_on", "equities", 25), ("altcoin_breadth", "onchain", 20), ("dominance_others", "onchain", 15),
        ("derivatives_positioning", "derivatives", 15), ("onchain_flows", "onchain", 15), ("drawdown_reset", "onchain", 10),
    ];

    /// <summary>Scored (and equity) dates: weekdays only.</summary>
    public static IReadOnlyList<DateOnly> ScoreDates { get; } = Weekdays(FirstDate, 30);

    /// <summary>On-chain dates: every calendar day from the first to the last score date.</summary>
    public static IReadOnlyList<DateOnly> OnChainDates { get; } =
        [.. Enumerable.Range(0, ScoreDates[^1].DayNumber - FirstDate.DayNumber + 1).Select(FirstDate.AddDays)];

    public static double SubScore(int dateIndex, int component) => (17 * dateIndex + 29 * component) % 100;

    /// <summary>onchain_flows has no data every fifth date, so its weight is shared out.</summary>
    public static bool Present(int dateIndex, int component) => !(component == 4 && dateIndex % 5 == 0);

    public static string Regime(double score) => score >= 75 ? "altcoin_season" : score >= 50 ? "building" : score > 25 ? "neutral" : "bitcoin_season";

    public static ScoreEvaluation Score(int i)
    {
        var presentWeight = Components.Where((_, k) => Present(i, k)).Sum(c => c.Weight);
        var evaluation = new ScoreEvaluation { AsOf = ScoreDates[i].ToMessage(), ModelVersion = "v1", CodeVersion = "test" };
        for (var k = 0; k < Components.Length; k++)
        {
            var (name, family, weight) = Components[k];
            var present = Present(i, k);
            var component = new ScoreComponent
            {
                Name = name,
                WeightPercent = weight,
                EffectiveWeightPercent = present ? weight * 100 / presentWeight : 0,
                SubScorePoints = present ? SubScore(i, k) : 0,
                Present = present,
                Explanation = $"{name} from the {family} family",
            };
            component.Inputs.Add(new SignalValue { Name = $"{family}.input_{k}", Value = SubScore(i, k) / 100, Unit = "fraction" });
            evaluation.Components.Add(component);
            if (!present)
            {
                evaluation.MissingComponents.Add(name);
            }
        }

        evaluation.ScorePoints = evaluation.Components.Sum(c => c.SubScorePoints * c.EffectiveWeightPercent / 100);
        evaluation.Regime = Regime(evaluation.ScorePoints);
        evaluation.Explanation = $"Score {evaluation.ScorePoints:0.0} on {ScoreDates[i]:yyyy-MM-dd}.";
        return evaluation;
    }

    public static SignalsEvaluation Equities(int i)
    {
        var e = new SignalsEvaluation { Family = "equities", AsOf = ScoreDates[i].ToMessage(), ModelVersion = "equities-v1" };
        e.Values.Add(Value("rut_close", 2000 + 10 * i, "index_points"));
        e.Values.Add(Value("rs_ratio", 0.35 + 0.001 * i, "ratio"));
        e.Values.Add(Value("streak_sessions", i % 7, "sessions"));
        e.Values.Add(new SignalValue { Name = "streak_longest_since", Value = i % 7, Unit = "sessions", Text = "2025-12-01" });
        // The 90-session correlation needs history: undefined on the first five dates.
        e.Values.Add(Value("corr_returns_90", i < 5 ? null : 0.1 + 0.01 * i, "correlation"));
        return e;
    }

    public static SignalsEvaluation OnChain(int i)
    {
        var e = new SignalsEvaluation { Family = "onchain", AsOf = OnChainDates[i].ToMessage(), ModelVersion = "onchain-v1" };
        e.Values.Add(Value("onchain.asi.90d", i < 3 ? null : 3 * i % 100, "index"));
        e.Values.Add(Value("onchain.btc_dominance", 60 - 0.1 * i, "percent"));
        e.Values.Add(Value("onchain.others_btc", 0.2 + 0.001 * i, "ratio"));
        e.Values.Add(Value("onchain.others", 2e11 + 1e9 * i, "usd"));
        e.Values.Add(Value("onchain.others_dominance", 8 + 0.05 * i, "percent"));
        return e;
    }

    public static SignalValue Value(string name, double? value, string unit)
    {
        var v = new SignalValue { Name = name, Unit = unit };
        if (value is { } number)
        {
            v.Value = number;
        }

        return v;
    }

    private static List<DateOnly> Weekdays(DateOnly from, int count)
    {
        var days = new List<DateOnly>();
        for (var day = from; days.Count < count; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
