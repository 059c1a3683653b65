namespace AltSeason.Scoring.Model;

/// <summary>
/// What a score model reads: one record per component, any of which may be null (component missing) or hold
/// nulls (input missing). The model sees them as named numbers, see <see cref="ToNamedValues"/>.
/// </summary>
public sealed record ScoreInputs(
    EquitiesRiskOnInputs? Equities = null,
    AltcoinBreadthInputs? AltcoinBreadth = null,
    DominanceInputs? Dominance = null,
    DerivativesInputs? Derivatives = null,
    OnChainFlowInputs? Flows = null,
    DrawdownResetInputs? DrawdownReset = null)
{
    /// <summary>Every input by its <see cref="ScoreInputKeys"/> key; flags become 1 or 0.</summary>
    public IReadOnlyDictionary<string, double?> ToNamedValues() => new Dictionary<string, double?>
    {
        [ScoreInputKeys.AtAllTimeHigh] = Flag(Equities?.AtAllTimeHigh),
        [ScoreInputKeys.OutperformanceStreak] = Equities?.OutperformanceStreakSessions,
        [ScoreInputKeys.RelativeStrengthChange] = Equities?.RelativeStrengthChange,
        [ScoreInputKeys.ResistanceBreakout] = Flag(Equities?.ResistanceBreakout),
        [ScoreInputKeys.RutCryptoCorrelation] = Equities?.RutCryptoCorrelation,
        [ScoreInputKeys.AltSeasonIndex] = AltcoinBreadth?.AltSeasonIndex,
        [ScoreInputKeys.BtcDominanceChange] = Dominance?.BtcDominanceChangePoints,
        [ScoreInputKeys.OthersDominance] = Dominance?.OthersDominancePercent,
        [ScoreInputKeys.OthersBtcDistanceToSupport] = Dominance?.OthersBtcDistanceToSupportPercent,
        [ScoreInputKeys.EthBtcBreakout] = Flag(Dominance?.EthBtcBreakout),
        [ScoreInputKeys.LongBiasBreadth] = Derivatives?.LongBiasBreadth,
        [ScoreInputKeys.RankLongBiasSpearman] = Derivatives?.RankLongBiasSpearman,
        [ScoreInputKeys.Funding8h] = Derivatives?.Funding8hRate,
        [ScoreInputKeys.NetflowZScore] = Flows?.NetflowZScore,
        [ScoreInputKeys.StablecoinSupplyChange] = Flows?.StablecoinSupplyChangePercent,
        [ScoreInputKeys.DeepDrawdownShare] = DrawdownReset?.DeepDrawdownSharePercent,
    };

    static double? Flag(bool? value) => value is { } v ? (v ? 1 : 0) : null;

    /// <summary>The inverse of <see cref="ToNamedValues"/>: a component whose inputs are all absent is null.</summary>
    public static ScoreInputs FromNamedValues(IReadOnlyDictionary<string, double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double? V(string key) => values.TryGetValue(key, out var v) ? v : null;
        bool? F(string key) => V(key) is { } v ? v >= 0.5 : null;
        bool Any(params string[] keys) => keys.Any(k => V(k).HasValue);
        const string Ath = ScoreInputKeys.AtAllTimeHigh, Streak = ScoreInputKeys.OutperformanceStreak,
            Rs = ScoreInputKeys.RelativeStrengthChange, Breakout = ScoreInputKeys.ResistanceBreakout,
            Corr = ScoreInputKeys.RutCryptoCorrelation, Dom = ScoreInputKeys.BtcDominanceChange,
            OthersD = ScoreInputKeys.OthersDominance, Support = ScoreInputKeys.OthersBtcDistanceToSupport,
            EthBtc = ScoreInputKeys.EthBtcBreakout, LongBias = ScoreInputKeys.LongBiasBreadth,
            Rank = ScoreInputKeys.RankLongBiasSpearman, Funding = ScoreInputKeys.Funding8h,
            Netflow = ScoreInputKeys.NetflowZScore, Stable = ScoreInputKeys.StablecoinSupplyChange;
        return new ScoreInputs(
            Any(Ath, Streak, Rs, Breakout, Corr) ? new(F(Ath), V(Streak), V(Rs), F(Breakout), V(Corr)) : null,
            Any(ScoreInputKeys.AltSeasonIndex) ? new(V(ScoreInputKeys.AltSeasonIndex)) : null,
            Any(Dom, OthersD, Support, EthBtc) ? new(V(Dom), V(OthersD), V(Support), F(EthBtc)) : null,
            Any(LongBias, Rank, Funding) ? new(V(LongBias), V(Rank), V(Funding)) : null,
            Any(Netflow, Stable) ? new(V(Netflow), V(Stable)) : null,
            Any(ScoreInputKeys.DeepDrawdownShare) ? new(V(ScoreInputKeys.DeepDrawdownShare)) : null);
    }
}
