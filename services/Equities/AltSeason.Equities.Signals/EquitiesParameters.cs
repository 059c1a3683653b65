using System.Globalization;
using AltSeason.Equities.Signals.AllTimeHigh;
using AltSeason.Equities.Signals.Breakout;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.Equities.Signals.HeadAndShoulders;
using AltSeason.Equities.Signals.RelativeStrength;

namespace AltSeason.Equities.Signals;

/// <summary>
/// Every knob of the equities family with its default; recorded on every evaluation. Defaults not fixed by
/// SIGNALS.md (N, M, K, smoothing, lags) are ours and documented on each parameter record.
/// </summary>
public sealed record EquitiesParameters
{
    /// <summary>Changes whenever a definition or a default changes, so old evaluations replay with theirs.</summary>
    public const string ModelVersion = "equities-v1";

    public AllTimeHighParameters AllTimeHigh { get; init; } = new();
    public RelativeStrengthParameters RelativeStrength { get; init; } = new();
    public ResistanceBreakoutParameters Breakout { get; init; } = new();
    public InverseHeadAndShouldersParameters HeadAndShoulders { get; init; } = new();
    public CorrelationParameters Correlation { get; init; } = new();

    /// <summary>Flat, stably ordered <c>name = value</c> pairs (invariant culture) for events and gRPC.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Describe() =>
    [
        Pair("all_time_high.basis", AllTimeHigh.Basis.ToString().ToLowerInvariant()),
        Pair("relative_strength.change_sessions", RelativeStrength.ChangeSessions),
        Pair("relative_strength.prior_high_sessions", RelativeStrength.PriorHighSessions),
        Pair("breakout.lookback_sessions", Breakout.LookbackSessions),
        Pair("breakout.confirm_sessions", Breakout.ConfirmSessions),
        Pair("head_and_shoulders.smoothing_sessions", HeadAndShoulders.SmoothingSessions),
        Pair("head_and_shoulders.extremum_half_width", HeadAndShoulders.ExtremumHalfWidth),
        Pair("head_and_shoulders.lookback_sessions", HeadAndShoulders.LookbackSessions),
        Pair("head_and_shoulders.shoulder_tolerance", HeadAndShoulders.ShoulderTolerance),
        Pair("correlation.windows", string.Join(",", Correlation.Windows)),
        Pair("correlation.confidence", Correlation.Confidence),
        Pair("correlation.max_lag", Correlation.MaxLag),
        Pair("correlation.cross_correlation_window", Correlation.CrossCorrelationWindow),
        Pair("correlation.granger_lags", Correlation.GrangerLags),
        Pair("correlation.granger_window", Correlation.GrangerWindow),
        Pair("correlation.crypto_snapshot_cutoff_hour", Correlation.CryptoSnapshotCutoffHour),
    ];

    static KeyValuePair<string, string> Pair(string name, IFormattable value) =>
        new(name, value.ToString(null, CultureInfo.InvariantCulture));

    static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}
