namespace AltSeason.OnChain.Signals;

/// <summary>
/// The V1 exclusion list (frozen). Built from the top 100 by market cap at the end of 2025: every coin whose price
/// follows a peg, another coin or an off-chain asset rather than its own market. Exchange tokens (LEO, WBT, BGB)
/// stay in: their prices are their own.
/// </summary>
internal static class UniverseRulesV1
{
    public static IReadOnlyList<ExcludedCoin> Coins { get; } =
    [
        new("bitcoin", ExclusionReason.Bitcoin, "the benchmark the index compares against"),

        new("tether", ExclusionReason.Stablecoin, "USDT, USD peg"),
        new("usd-coin", ExclusionReason.Stablecoin, "USDC, USD peg"),
        new("usds", ExclusionReason.Stablecoin, "USDS (Sky), USD peg"),
        new("dai", ExclusionReason.Stablecoin, "DAI, USD peg"),
        new("ethena-usde", ExclusionReason.Stablecoin, "USDe, synthetic USD peg"),
        new("usdt0", ExclusionReason.Stablecoin, "USDT0, omnichain USDT"),
        new("paypal-usd", ExclusionReason.Stablecoin, "PYUSD, USD peg"),
        new("usd1-wlfi", ExclusionReason.Stablecoin, "USD1, USD peg"),
        new("first-digital-usd", ExclusionReason.Stablecoin, "FDUSD, USD peg"),
        new("true-usd", ExclusionReason.Stablecoin, "TUSD, USD peg"),
        new("usdd", ExclusionReason.Stablecoin, "USDD, USD peg"),
        new("ripple-usd", ExclusionReason.Stablecoin, "RLUSD, USD peg"),
        new("paxos-standard", ExclusionReason.Stablecoin, "USDP, USD peg"),
        new("gemini-dollar", ExclusionReason.Stablecoin, "GUSD, USD peg"),
        new("global-dollar", ExclusionReason.Stablecoin, "USDG, USD peg"),
        new("euro-coin", ExclusionReason.Stablecoin, "EURC, EUR peg"),
        new("susds", ExclusionReason.Stablecoin, "sUSDS, savings wrapper of a USD peg"),
        new("ethena-staked-usde", ExclusionReason.Stablecoin, "sUSDe, staked wrapper of a USD peg"),

        new("wrapped-bitcoin", ExclusionReason.WrappedOrBridged, "WBTC, BTC one-to-one"),
        new("coinbase-wrapped-btc", ExclusionReason.WrappedOrBridged, "cbBTC, BTC one-to-one"),
        new("weth", ExclusionReason.WrappedOrBridged, "WETH, ETH one-to-one"),
        new("binance-bridged-usdt-bnb-smart-chain", ExclusionReason.WrappedOrBridged, "BSC-USD, bridged USDT"),

        new("staked-ether", ExclusionReason.LiquidStakingReceipt, "stETH, Lido staked ETH"),
        new("wrapped-steth", ExclusionReason.LiquidStakingReceipt, "wstETH, wrapped Lido staked ETH"),
        new("wrapped-beacon-eth", ExclusionReason.LiquidStakingReceipt, "wBETH, Binance staked ETH"),
        new("wrapped-eeth", ExclusionReason.LiquidStakingReceipt, "weETH, ether.fi restaked ETH"),
        new("rocket-pool-eth", ExclusionReason.LiquidStakingReceipt, "rETH, Rocket Pool staked ETH"),
        new("coinbase-wrapped-staked-eth", ExclusionReason.LiquidStakingReceipt, "cbETH, Coinbase staked ETH"),
        new("mantle-staked-ether", ExclusionReason.LiquidStakingReceipt, "mETH, Mantle staked ETH"),
        new("jito-staked-sol", ExclusionReason.LiquidStakingReceipt, "JitoSOL, staked SOL"),
        new("msol", ExclusionReason.LiquidStakingReceipt, "mSOL, Marinade staked SOL"),
        new("binance-staked-sol", ExclusionReason.LiquidStakingReceipt, "BNSOL, staked SOL"),
        new("lombard-staked-btc", ExclusionReason.LiquidStakingReceipt, "LBTC, staked BTC"),
        new("kelp-dao-restaked-eth", ExclusionReason.LiquidStakingReceipt, "rsETH, restaked ETH"),
        new("renzo-restaked-eth", ExclusionReason.LiquidStakingReceipt, "ezETH, restaked ETH"),

        new("figure-heloc", ExclusionReason.TokenisedRealWorldAsset, "FIGR_HELOC, home-equity loans"),
        new("tether-gold", ExclusionReason.TokenisedRealWorldAsset, "XAUT, gold"),
        new("pax-gold", ExclusionReason.TokenisedRealWorldAsset, "PAXG, gold"),
        new("blackrock-usd-institutional-digital-liquidity-fund", ExclusionReason.TokenisedRealWorldAsset, "BUIDL, treasury fund"),
        new("ondo-us-dollar-yield", ExclusionReason.TokenisedRealWorldAsset, "USDY, treasuries"),
    ];
}
