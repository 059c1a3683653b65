namespace AltSeason.OnChain.Signals;

/// <summary>Where BTC dominance comes from. Providers differ by whole points, so the one used is recorded.</summary>
public enum DominanceSource
{
    /// <summary>The provider's own figure (<c>crypto/global</c> field <c>btc_dominance_percent</c>) when present, else computed.</summary>
    PreferReported,

    /// <summary>Only the provider's own figure.</summary>
    Reported,

    /// <summary>Always <c>coin/bitcoin</c> market cap ÷ <c>crypto/global</c> total market cap × 100.</summary>
    Computed,
}
