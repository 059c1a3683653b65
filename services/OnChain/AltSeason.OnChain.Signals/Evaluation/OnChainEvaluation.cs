using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Every OnChain output for one as-of date, with the parameters and code version that produced it.</summary>
/// <param name="UniverseCoinIds">The altcoin universe of the date (largest first) used by the index and the drawdown share.</param>
/// <param name="AltSeasonIndex">One reading per configured window, headline window first.</param>
public sealed record OnChainEvaluation(
    DateOnly AsOf,
    string CodeVersion,
    OnChainParameters Parameters,
    IReadOnlyList<TokenNetflow> Netflows,
    NetflowAggregate NetflowTotals,
    IReadOnlyList<CoinDrawdown> Drawdowns,
    DeepDrawdownShare DeepDrawdowns,
    BtcDominanceReading? BtcDominance,
    OthersReading? Others,
    EthBtcReading? EthBtc,
    IReadOnlyList<AltSeasonIndexReading> AltSeasonIndex,
    StablecoinSupplyReading? Stablecoins,
    IReadOnlyList<string> UniverseCoinIds)
{
    /// <summary>The headline Altcoin Season Index (first configured window).</summary>
    public AltSeasonIndexReading HeadlineIndex => AltSeasonIndex[0];

    /// <summary>All outputs as flat named values with explicit units; names are in <see cref="OnChainSignalNames"/>.</summary>
    public IReadOnlyList<SignalValue> ToSignalValues() => OnChainSignalFlattener.Flatten(this);
}
