namespace AltSeason.OnChain.Signals;

/// <summary>Why a coin is not an "altcoin" for the Altcoin Season Index: it tracks something other than its own market.</summary>
public enum ExclusionReason
{
    /// <summary>The benchmark itself.</summary>
    Bitcoin,

    /// <summary>Pegged to a fiat currency (including yield-bearing wrappers of such pegs).</summary>
    Stablecoin,

    /// <summary>A token standing for another chain's coin one-to-one (WBTC, WETH, bridged USDT).</summary>
    WrappedOrBridged,

    /// <summary>A receipt for coins staked or restaked elsewhere (stETH, wstETH, weETH).</summary>
    LiquidStakingReceipt,

    /// <summary>A claim on an off-chain asset (gold, treasuries, loans).</summary>
    TokenisedRealWorldAsset,
}
