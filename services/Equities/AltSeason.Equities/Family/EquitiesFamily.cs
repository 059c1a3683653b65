using AltSeason.Contracts.Messages;
using AltSeason.Contracts.V1;
using AltSeason.Equities.Signals;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace AltSeason.Equities.Family;

/// <summary>Russell 2000 / S&amp;P 500 signals and the equity–crypto correlation, for the shared engine.</summary>
public sealed class EquitiesFamily(EquitiesParameters parameters) : ISignalFamily
{
    public string Name => "equities";

    public ISignalModel Current { get; } = new EquitiesModelV1(parameters);

    public IReadOnlyList<ISignalModel> Models => [Current];

    public ServiceDescriptor GrpcService => EquitiesSignalsReflection.Descriptor.Services[0];

    public bool Reads(string series) => series is SeriesNames.Russell2000 or SeriesNames.SP500 or SeriesNames.CryptoGlobal;

    public ISignalsEvaluated ToMessage(IReadOnlyList<AnnouncedEvaluation> evaluations) => new EquitiesSignalsEvaluated(Name, evaluations);
}
