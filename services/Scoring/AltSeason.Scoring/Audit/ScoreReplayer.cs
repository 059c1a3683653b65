using System.Text;
using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Model;
using AltSeason.Scoring.Storage;
using AltSeason.SignalServices.Audit;

namespace AltSeason.Scoring.Audit;

/// <summary>
/// Recomputes every recorded score from the component events it names (checking each one's hash), with the model
/// version and code version it recorded, and compares the serialized result with the stored bytes. History is read
/// in one query (<see cref="RecordedScores"/>); scores are independent of each other, so they replay on every core.
/// </summary>
internal sealed class ScoreReplayer(PostgresEventStore store) : IReplayer
{
    public async Task<ReplayOutcome> ReplayAsync(string streamPrefix, CancellationToken cancellationToken)
    {
        var recorded = await RecordedScores.ReadAsync(store, streamPrefix ?? "", cancellationToken);
        var found = new IReadOnlyList<ReplayMismatch>[recorded.Scores.Count];
        Parallel.For(0, recorded.Scores.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => found[i] = ReplayOne(recorded.Scores[i], recorded.Components));
        return new ReplayOutcome(recorded.Scores.Count, [.. found.SelectMany(m => m)]);
    }

    List<ReplayMismatch> ReplayOne(RecordedScore e, Dictionary<(string, long), RecordedComponent> components)
    {
        ReplayMismatch Mismatch(string field, string expected, string actual) => new(e.StreamId, e.Version, field, expected, actual);
        var recorded = e.Header;
        ScoreModel model;
        try
        {
            model = ScoreModels.Get(recorded.ModelVersion);
        }
        catch (UnknownScoreModelException)
        {
            return [Mismatch("modelVersion", recorded.ModelVersion, "no such model in this code")];
        }

        var used = new List<KnownComponent>(recorded.Inputs.Count);
        var problems = new List<ReplayMismatch>();
        for (var i = 0; i < recorded.Inputs.Count; i++)
        {
            var input = recorded.Inputs[i];
            if (!components.TryGetValue((input.StreamId, input.StreamVersion), out var component))
            {
                problems.Add(Mismatch($"inputs[{i}]", $"{input.StreamId}@{input.StreamVersion}", JsonDifferences.Absent));
                continue;
            }
            if (!string.Equals(component.Sha256, input.EventSha256, StringComparison.Ordinal))
                problems.Add(Mismatch($"inputs[{i}].eventSha256", input.EventSha256, component.Sha256));
            used.Add(ComponentReadModel.ToKnown(component.Data, input.StreamId, input.StreamVersion, component.Sha256));
        }

        var fresh = ScoreEventBuilder.Build(model, recorded.AsOf, used, recorded.CodeVersion);
        var json = JsonSerializer.SerializeToUtf8Bytes(fresh, store.Serializer.Options);
        // Equal bytes are the common case and need no parsing; only a difference is walked to name its fields.
        if (!e.Json.AsSpan().SequenceEqual(json))
            problems.AddRange(JsonDifferences.Between(Encoding.UTF8.GetString(e.Json), Encoding.UTF8.GetString(json))
                .Select(d => Mismatch(d.Field, d.Expected, d.Actual)));
        return problems;
    }
}
