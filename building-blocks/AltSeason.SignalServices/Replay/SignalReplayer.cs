using AltSeason.EventStore;
using AltSeason.EventStore.Events;
using AltSeason.SignalServices.Audit;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Processing;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// Recomputes every recorded evaluation from the input events it references, with the model version it records,
/// and compares the serialised outputs byte for byte. Evaluations sharing one inputs reference (a backfill) are
/// recomputed together in one pass over their date range.
/// </summary>
public sealed class SignalReplayer(PostgresEventStore store, ISignalFamily family) : IReplayer
{
    readonly OutputsJson _outputs = new(store.Serializer.Options);

    public async Task<ReplayOutcome> ReplayAsync(string streamPrefix, CancellationToken cancellationToken)
    {
        var history = await RecordedHistory.ReadAsync(store, streamPrefix ?? "", cancellationToken);
        var outcomes = history.Evaluations
            .GroupBy(e => (e.Data.ModelVersion, e.Data.InputsSha256))
            .Select(group => ReplayGroup([.. group], history.Inputs));
        return ReplayOutcome.Combine(outcomes);
    }

    ReplayOutcome ReplayGroup(List<(RecordedEvent Event, SignalsEvaluated Data)> group, Dictionary<string, List<RecordedEvent>> inputs)
    {
        var mismatches = new List<ReplayMismatch>();
        var first = group[0].Data;
        var model = family.Models.FirstOrDefault(m => m.Version == first.ModelVersion);
        if (model is null)
        {
            mismatches.AddRange(group.Select(e => Mismatch(e.Event, "modelVersion", first.ModelVersion, "(no such model in this code)")));
            return new(group.Count, mismatches);
        }

        var references = first.Inputs;
        if (SignalStreams.InputsSha256(references) != first.InputsSha256)
            mismatches.AddRange(group.Select(e => Mismatch(e.Event, "inputsSha256", e.Data.InputsSha256, SignalStreams.InputsSha256(references))));
        foreach (var (index, expected, actual) in InputsRebuilder.Mismatches(references, inputs))
            mismatches.AddRange(group.Select(e => Mismatch(e.Event, $"inputs[{index}].sha256", expected, actual)));

        var rebuilt = InputsRebuilder.Rebuild(references, inputs);
        var from = group.Min(e => e.Data.AsOf);
        var to = group.Max(e => e.Data.AsOf);
        var results = model.Evaluate(rebuilt, from, to).ToDictionary(r => r.AsOf);
        var parameters = string.Join(";", model.Parameters.Select(p => $"{p.Key}={p.Value}"));

        foreach (var (e, data) in group)
        {
            var recordedParameters = string.Join(";", data.Parameters.Select(p => $"{p.Name}={p.Value}"));
            if (recordedParameters != parameters) mismatches.Add(Mismatch(e, "parameters", recordedParameters, parameters));
            var expected = OutputsJson.StoredValues(e.Json);
            if (!results.TryGetValue(data.AsOf, out var result))
            {
                mismatches.Add(Mismatch(e, "values", expected, "(no evaluation for this date)"));
                continue;
            }
            var recomputed = FiniteValues.Of(result.Values);
            var actual = _outputs.Serialize(recomputed);
            if (actual == expected) continue;
            var differences = ValueDifferences(e, data, recomputed).ToList();
            mismatches.AddRange(differences.Count > 0 ? differences : [Mismatch(e, "values", expected, actual)]);
        }
        return new(group.Count, mismatches);
    }

    IEnumerable<ReplayMismatch> ValueDifferences(RecordedEvent e, SignalsEvaluated recorded, IReadOnlyList<TimeSeries.SignalValue> recomputed)
    {
        if (recorded.Values.Count != recomputed.Count)
        {
            yield return Mismatch(e, "values.length", recorded.Values.Count.ToString(), recomputed.Count.ToString());
            yield break;
        }
        for (var i = 0; i < recomputed.Count; i++)
        {
            var expected = _outputs.Serialize([recorded.Values[i]]);
            var actual = _outputs.Serialize([recomputed[i]]);
            if (expected != actual) yield return Mismatch(e, $"values[{i}]", expected[1..^1], actual[1..^1]);
        }
    }

    static ReplayMismatch Mismatch(RecordedEvent e, string field, string expected, string actual) =>
        new(e.StreamId, e.Version, field, expected, actual);
}
