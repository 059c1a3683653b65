using System.Text.Json;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;
using AltSeason.SignalServices.Storage;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.SignalServices.Api;

/// <summary>A stored evaluation event as the public <see cref="SignalsEvaluation"/> message.</summary>
internal static class EvaluationMessages
{
    public static SignalsEvaluation ToMessage(this StoredEvaluation stored, string streamId, JsonSerializerOptions json)
    {
        var e = JsonSerializer.Deserialize<Events.SignalsEvaluated>(stored.Json, json)
            ?? throw new InvalidOperationException($"Evaluation {streamId}@{stored.Version} has no data.");
        var message = new SignalsEvaluation
        {
            Family = e.Family,
            AsOf = e.AsOf.ToMessage(),
            ModelVersion = e.ModelVersion,
            CodeVersion = e.CodeVersion,
            InputsSha256 = e.InputsSha256,
            Event = new EventReference
            {
                StreamId = streamId,
                StreamVersion = stored.Version,
                EventSha256 = stored.Sha256,
                RecordedAt = Timestamp.FromDateTimeOffset(stored.RecordedAt),
            },
        };
        message.Values.AddRange(e.Values.Select(v => v.ToMessage()));
        foreach (var p in e.Parameters) message.Parameters[p.Name] = p.Value;
        return message;
    }
}
