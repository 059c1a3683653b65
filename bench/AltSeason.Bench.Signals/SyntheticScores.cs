using AltSeason.Scoring.Model;

namespace AltSeason.Bench.Signals;

/// <summary>Seeded named inputs of the composite score, one set per date, every input present.</summary>
static class SyntheticScores
{
    static readonly string[] Keys =
    [
        ScoreInputKeys.AtAllTimeHigh, ScoreInputKeys.OutperformanceStreak, ScoreInputKeys.RelativeStrengthChange,
        ScoreInputKeys.ResistanceBreakout, ScoreInputKeys.RutCryptoCorrelation, ScoreInputKeys.AltSeasonIndex,
        ScoreInputKeys.BtcDominanceChange, ScoreInputKeys.OthersDominance, ScoreInputKeys.OthersBtcDistanceToSupport,
        ScoreInputKeys.EthBtcBreakout, ScoreInputKeys.LongBiasBreadth, ScoreInputKeys.RankLongBiasSpearman,
        ScoreInputKeys.Funding8h, ScoreInputKeys.NetflowZScore, ScoreInputKeys.StablecoinSupplyChange, ScoreInputKeys.DeepDrawdownShare,
    ];

    public static int InputsPerDate => Keys.Length;

    public static IReadOnlyList<IReadOnlyDictionary<string, double?>> Inputs(int dates, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, dates).Select(_ => (IReadOnlyDictionary<string, double?>)Keys.ToDictionary(k => k, _ => (double?)random.NextDouble()))];
    }

    /// <summary>The whole history through the latest model; returns a checksum so nothing is optimised away.</summary>
    public static double EvaluateAll(IReadOnlyList<IReadOnlyDictionary<string, double?>> history)
    {
        var model = ScoreModels.Latest;
        var sum = 0.0;
        foreach (var inputs in history) sum += model.Evaluate(inputs).Score ?? 0;
        return sum;
    }

    /// <summary>Baseline: a plain weighted mean of the same numbers, with no mapping, components or explanation.</summary>
    public static double WeightedMeans(IReadOnlyList<IReadOnlyDictionary<string, double?>> history)
    {
        var sum = 0.0;
        foreach (var inputs in history)
        {
            var total = 0.0;
            foreach (var value in inputs.Values) total += value ?? 0;
            sum += total / inputs.Count;
        }
        return sum;
    }
}
