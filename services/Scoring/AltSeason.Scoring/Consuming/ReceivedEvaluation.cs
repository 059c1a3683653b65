using AltSeason.Scoring.Components;

namespace AltSeason.Scoring.Consuming;

/// <summary>A family evaluation message as Scoring records it, with its inbox key (the evaluation's own stream@version).</summary>
internal sealed record ReceivedEvaluation(string MessageId, ComponentRecorded Component);
