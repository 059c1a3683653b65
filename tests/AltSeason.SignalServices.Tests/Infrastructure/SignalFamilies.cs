using AltSeason.Derivatives.Family;
using AltSeason.Derivatives.Signals;
using AltSeason.Equities.Family;
using AltSeason.Equities.Signals;
using AltSeason.OnChain.Family;
using AltSeason.OnChain.Signals;
using AltSeason.SignalServices.Families;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>The three families as their services configure them.</summary>
internal static class SignalFamilies
{
    public static ISignalFamily Named(string name) => name switch
    {
        "equities" => new EquitiesFamily(new EquitiesParameters()),
        "derivatives" => new DerivativesFamily(new DerivativesParameters(), ContractMap.Default),
        "onchain" => new OnChainFamily(OnChainParameters.Default),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such family."),
    };
}
