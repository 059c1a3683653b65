using System.Text.Json;
using AltSeason.SignalServices.Audit;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Processing;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// Replays one group of evaluations that pin the same inputs and model: checks the pinned input hashes, rebuilds
/// the inputs once, evaluates once over the group's dates (a date's result does not depend on the range asked for)
/// and compares each evaluation's parameters and serialised outputs with the stored bytes.
/// </summary>
internal sealed class EvaluationGroupReplay(ISignalFamily family, IReadOnlyDictionary<string, InputStream> inputs, JsonSerializerOptions json)
{
    public void Replay(List<RecordedEvaluation> group, InputsFolder folder, List<ReplayMismatch> found)
    {
        var header = group[0].Header;
        var model = family.Models.FirstOrDefault(m => m.Version == header.ModelVersion);
        if (model is null)
        {
            found.AddRange(group.Select(e => Mismatch(e, "modelVersion", header.ModelVersion, "(no such model in this code)")));
            return;
        }

        var references = header.Inputs;
        var inputsSha = SignalStreams.InputsSha256(references);
        if (inputsSha != header.InputsSha256)
            found.AddRange(group.Select(e => Mismatch(e, "inputsSha256", e.Header.InputsSha256, inputsSha)));
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            var stored = inputs.TryGetValue(reference.StreamId, out var stream) ? stream.HashOf(reference.Version) : InputsFolder.Missing;
            if (stored != reference.Sha256)
                found.AddRange(group.Select(e => Mismatch(e, $"inputs[{i}].sha256", reference.Sha256, stored)));
        }

        if (Evaluate(model, folder, references, group, found) is not { } results) return;
        foreach (var e in group)
        {
            if (!SameParameters(e.Header.Parameters, model.Parameters))
                found.Add(Mismatch(e, "parameters", Text(e.Header.Parameters), Text(model.Parameters)));
            if (!results.TryGetValue(e.Header.AsOf, out var result))
            {
                found.Add(Mismatch(e, "values", e.StoredValuesText, "(no evaluation for this date)"));
                continue;
            }
            var recomputed = FiniteValues.Of(result.Values);
            var actual = JsonSerializer.SerializeToUtf8Bytes(recomputed, json);
            if (actual.AsSpan().SequenceEqual(e.StoredValues.Span)) continue;
            var differences = ValueDifferences(e, recomputed);
            found.AddRange(differences.Count > 0 ? differences : [Mismatch(e, "values", e.StoredValuesText, System.Text.Encoding.UTF8.GetString(actual))]);
        }
    }

    /// <summary>
    /// The group's dates: one pass over the whole history for a model that reads all of it; for a model with a
    /// lookback, one pass per run of nearby dates over only that run's window of inputs, as the live engine loads them.
    /// A model that cannot evaluate these inputs is reported on every evaluation.
    /// </summary>
    static Dictionary<DateOnly, DatedSignals>? Evaluate(ISignalModel model, InputsFolder folder, IReadOnlyList<InputReference> references,
        List<RecordedEvaluation> group, List<ReplayMismatch> found)
    {
        try
        {
            if (model.LookbackDays is not { } lookback)
                return model.Evaluate(folder.FoldTo(references), group.Min(e => e.Header.AsOf), group.Max(e => e.Header.AsOf)).ToDictionary(r => r.AsOf);
            var results = new Dictionary<DateOnly, DatedSignals>();
            // Runs of nearby dates: a windowed model's cost is the dates it is asked for.
            foreach (var (from, through) in DateRuns.Of(group.Select(e => e.Header.AsOf), maxGapDays: 31))
                foreach (var result in model.Evaluate(folder.FoldTo(references, (from.AddDays(-lookback), through)), from, through))
                    results[result.AsOf] = result;
            return results;
        }
#pragma warning disable CA1031 // models are family code: whatever they throw on recorded inputs is a replay finding, not a crash
        catch (Exception error)
#pragma warning restore CA1031
        {
            found.AddRange(group.Select(e => Mismatch(e, "values", e.StoredValuesText, $"(evaluation failed: {error.GetType().Name}: {error.Message})")));
            return null;
        }
    }

    List<ReplayMismatch> ValueDifferences(RecordedEvaluation e, IReadOnlyList<SignalValue> recomputed)
    {
        IReadOnlyList<SignalValue> recorded;
        try
        {
            recorded = e.DecodeValues(json);
        }
        catch (JsonException)
        {
            return []; // not even a list of values: the whole text is the difference
        }
        if (recorded.Count != recomputed.Count)
            return [Mismatch(e, "values.length", recorded.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                recomputed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var differences = new List<ReplayMismatch>();
        for (var i = 0; i < recomputed.Count; i++)
        {
            var expected = JsonSerializer.Serialize(recorded[i], json);
            var actual = JsonSerializer.Serialize(recomputed[i], json);
            if (expected != actual) differences.Add(Mismatch(e, $"values[{i}]", expected, actual));
        }
        return differences;
    }

    static bool SameParameters(IReadOnlyList<SignalParameter> recorded, IReadOnlyList<KeyValuePair<string, string>> current)
    {
        if (recorded.Count != current.Count) return false;
        for (var i = 0; i < recorded.Count; i++)
            if (recorded[i].Name != current[i].Key || recorded[i].Value != current[i].Value) return false;
        return true;
    }

    static string Text(IReadOnlyList<SignalParameter> parameters) => string.Join(";", parameters.Select(p => $"{p.Name}={p.Value}"));

    static string Text(IReadOnlyList<KeyValuePair<string, string>> parameters) => string.Join(";", parameters.Select(p => $"{p.Key}={p.Value}"));

    static ReplayMismatch Mismatch(RecordedEvaluation e, string field, string expected, string actual) =>
        new(e.StreamId, e.Version, field, expected, actual);
}
