namespace AltSeason.Scoring.Model;

/// <param name="BtcDominanceChangePoints">Change of BTC dominance over the configured days, percentage points.</param>
/// <param name="OthersDominancePercent">OTHERS.D: market outside the top 10 as % of total.</param>
/// <param name="OthersBtcDistanceToSupportPercent">OTHERS/BTC above its N-day low, percent.</param>
/// <param name="EthBtcBreakout">ETH/BTC broke its falling trend line.</param>
public sealed record DominanceInputs(
    double? BtcDominanceChangePoints = null,
    double? OthersDominancePercent = null,
    double? OthersBtcDistanceToSupportPercent = null,
    bool? EthBtcBreakout = null);
