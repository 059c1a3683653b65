using AltSeason.Contracts.Messages;
using AltSeason.Contracts.V1;
using AltSeason.Derivatives.Signals;
using AltSeason.SignalServices.Families;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace AltSeason.Derivatives.Family;

/// <summary>Long/short ratios, long-bias breadth, rank vs long bias, funding and leverage, for the shared engine.</summary>
public sealed class DerivativesFamily(DerivativesParameters parameters, ContractMap contracts) : ISignalFamily
{
    public string Name => "derivatives";

    public ISignalModel Current { get; } = new DerivativesModelV1(parameters, contracts);

    public IReadOnlyList<ISignalModel> Models => [Current];

    public ServiceDescriptor GrpcService => DerivativesSignalsReflection.Descriptor.Services[0];

    public bool Reads(string series) =>
        series.StartsWith("derivatives/", StringComparison.Ordinal) || series.StartsWith("coin/", StringComparison.Ordinal);

    public ISignalsEvaluated ToMessage(IReadOnlyList<AnnouncedEvaluation> evaluations) => new DerivativesSignalsEvaluated(Name, evaluations);
}
