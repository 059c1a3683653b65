using AltSeason.Contracts.Messages;

namespace AltSeason.SignalServices.Processing;

/// <summary>How announced evaluations are shared out over messages: in order, each message as full as both limits allow.</summary>
internal static class AnnouncementMessages
{
    /// <summary>
    /// Consecutive runs of <paramref name="evaluations"/> of at most <see cref="ISignalsEvaluated.MaxEvaluations"/>
    /// evaluations and <see cref="ISignalsEvaluated.MaxValues"/> values; an evaluation with more values travels alone.
    /// </summary>
    public static IEnumerable<AnnouncedEvaluation[]> Split(IEnumerable<AnnouncedEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var message = new List<AnnouncedEvaluation>();
        var values = 0;
        foreach (var evaluation in evaluations)
        {
            var count = evaluation.Values.Count;
            if (message.Count > 0 && (message.Count == ISignalsEvaluated.MaxEvaluations || values + count > ISignalsEvaluated.MaxValues))
            {
                yield return [.. message];
                message.Clear();
                values = 0;
            }
            message.Add(evaluation);
            values += count;
        }
        if (message.Count > 0) yield return [.. message];
    }
}
