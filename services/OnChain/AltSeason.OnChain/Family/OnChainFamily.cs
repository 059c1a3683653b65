using AltSeason.Contracts.Messages;
using AltSeason.Contracts.V1;
using AltSeason.OnChain.Signals;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace AltSeason.OnChain.Family;

/// <summary>Exchange flows, drawdowns, dominance, OTHERS, ETH/BTC and the Altcoin Season Index, for the shared engine.</summary>
public sealed class OnChainFamily(OnChainParameters parameters) : ISignalFamily
{
    public string Name => "onchain";

    public ISignalModel Current { get; } = new OnChainModelV1(parameters);

    public IReadOnlyList<ISignalModel> Models => [Current];

    public ServiceDescriptor GrpcService => OnchainSignalsReflection.Descriptor.Services[0];

    public bool Reads(string series) =>
        series == SeriesNames.CryptoGlobal
        || series.StartsWith("coin/", StringComparison.Ordinal)
        || series.StartsWith("onchain/netflow/", StringComparison.Ordinal);

    public ISignalsEvaluated ToMessage(IReadOnlyList<AnnouncedEvaluation> evaluations) => new OnChainSignalsEvaluated(Name, evaluations);
}
