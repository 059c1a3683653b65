namespace AltSeason.OnChain.Signals;

/// <summary>
/// Every knob of the OnChain signal family, with the defaults of SIGNALS.md. Recorded on each evaluation so a
/// replay recomputes with exactly these values.
/// </summary>
/// <param name="WindowCoverage">
/// Share of a window's calendar days that must have an observation before a windowed statistic (z-score, support,
/// trend line) is reported; below it the value is null rather than computed from a thin window.
/// </param>
public sealed record OnChainParameters(
    NetflowParameters Netflow,
    DrawdownParameters Drawdown,
    DominanceParameters Dominance,
    OthersParameters Others,
    EthBtcParameters EthBtc,
    AltSeasonIndexParameters AltSeasonIndex,
    StablecoinParameters Stablecoins,
    double WindowCoverage = 0.8)
{
    public static OnChainParameters Default { get; } = new(
        new NetflowParameters(),
        new DrawdownParameters(),
        new DominanceParameters(),
        new OthersParameters(),
        new EthBtcParameters(),
        new AltSeasonIndexParameters(),
        new StablecoinParameters());

    /// <summary>Throws <see cref="OnChainParameterException"/> naming the first parameter out of range.</summary>
    public OnChainParameters Validate()
    {
        ArgumentNullException.ThrowIfNull(Netflow);
        ArgumentNullException.ThrowIfNull(Drawdown);
        ArgumentNullException.ThrowIfNull(Dominance);
        ArgumentNullException.ThrowIfNull(Others);
        ArgumentNullException.ThrowIfNull(EthBtc);
        ArgumentNullException.ThrowIfNull(AltSeasonIndex);
        ArgumentNullException.ThrowIfNull(Stablecoins);
        Require.Between(WindowCoverage, 0, 1, nameof(WindowCoverage), exclusiveLow: true);
        Netflow.Validate();
        Drawdown.Validate();
        Dominance.Validate();
        Others.Validate();
        EthBtc.Validate();
        AltSeasonIndex.Validate();
        Stablecoins.Validate();
        return this;
    }

    /// <summary>Fewest observations a window of <paramref name="days"/> days needs under <see cref="WindowCoverage"/>.</summary>
    public int MinimumObservations(int days) => Math.Max(1, (int)Math.Ceiling(WindowCoverage * days - 1e-9));
}
