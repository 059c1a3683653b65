using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;
using AltSeason.Scoring.Evaluation;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.Scoring.Api;

/// <summary>Recorded scores as the public gRPC messages.</summary>
internal static class ScoreMessages
{
    public static ScoreEvaluation ToMessage(this StoredScore stored)
    {
        var score = stored.Score;
        var totalWeight = score.Components.Sum(c => c.ConfiguredWeight);
        var message = new ScoreEvaluation
        {
            AsOf = score.AsOf.ToMessage(),
            ScorePoints = score.Score ?? 0,
            Regime = score.Regime,
            ModelVersion = score.ModelVersion,
            Explanation = score.Explanation,
            CodeVersion = score.CodeVersion,
            InputsSha256 = score.InputsSha256,
            Event = new EventReference
            {
                StreamId = stored.StreamId,
                StreamVersion = stored.Version,
                EventSha256 = stored.Sha256,
                RecordedAt = Timestamp.FromDateTimeOffset(stored.RecordedAt),
            },
        };
        message.MissingComponents.AddRange(score.Missing);
        message.Components.AddRange(score.Components.Select(c => ToMessage(c, totalWeight)));
        return message;
    }

    public static Contracts.V1.ScoreExplanation ToExplanation(this StoredScore stored)
    {
        var explanation = new Contracts.V1.ScoreExplanation { Evaluation = stored.ToMessage() };
        explanation.Contributions.AddRange(stored.Score.Components
            .Where(c => c.Present)
            .Select(c => new ComponentContribution
            {
                Name = c.Key,
                ContributionPoints = c.SubScore!.Value * c.AppliedWeight / 100,
                Family = c.Family,
                Reason = c.Explanation,
            })
            .OrderByDescending(c => c.ContributionPoints)
            .ThenBy(c => c.Name, StringComparer.Ordinal));
        return explanation;
    }

    static ScoreComponent ToMessage(ScoredComponent component, double totalWeight)
    {
        var message = new ScoreComponent
        {
            Name = component.Key,
            WeightPercent = totalWeight > 0 ? 100 * component.ConfiguredWeight / totalWeight : 0,
            EffectiveWeightPercent = component.AppliedWeight,
            SubScorePoints = component.SubScore ?? 0,
            Present = component.Present,
            Explanation = component.Explanation,
        };
        message.Inputs.AddRange(component.Inputs.Select(i =>
        {
            var value = new Contracts.V1.SignalValue { Name = i.Signal, Unit = i.Unit };
            if (i.Value is { } number) value.Value = number;
            return value;
        }));
        return message;
    }
}
