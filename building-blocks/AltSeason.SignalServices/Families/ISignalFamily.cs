using AltSeason.Contracts.Messages;
using Google.Protobuf.Reflection;

namespace AltSeason.SignalServices.Families;

/// <summary>
/// What the shared engine needs to know about one signal family (equities, derivatives, onchain): which series
/// it reads, the models it can evaluate with, and how it announces and serves its evaluations.
/// </summary>
public interface ISignalFamily
{
    /// <summary>Lower-case family name; also the schema, the service name and the stream prefix.</summary>
    string Name { get; }

    /// <summary>The model new evaluations use.</summary>
    ISignalModel Current { get; }

    /// <summary>Every model version this code can still evaluate, so old evaluations replay with their own.</summary>
    IReadOnlyList<ISignalModel> Models { get; }

    /// <summary>The gRPC service (<c>altseason.v1.EquitiesSignals</c>, ...) that serves GetSignals/ListSignals.</summary>
    ServiceDescriptor GrpcService { get; }

    /// <summary>True for the series this family keeps (e.g. <c>equity/rut</c>); the rest of a message is ignored.</summary>
    bool Reads(string series);

    /// <summary>The family's own <c>&lt;Family&gt;SignalsEvaluated</c> message announcing these evaluations.</summary>
    ISignalsEvaluated ToMessage(IReadOnlyList<AnnouncedEvaluation> evaluations);
}
