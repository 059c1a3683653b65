using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Reading;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Model;
using AltSeason.Scoring.Storage;
using AltSeason.SignalServices.Audit;

namespace AltSeason.Scoring.Audit;

/// <summary>
/// Recomputes every recorded score from the component events it names (checking each one's hash), with the model
/// version and code version it recorded, and compares the serialized result with the stored bytes.
/// </summary>
internal sealed class ScoreReplayer(PostgresEventStore store) : IReplayer
{
    public async Task<ReplayOutcome> ReplayAsync(string streamPrefix, CancellationToken cancellationToken)
    {
        var prefix = streamPrefix ?? "";
        // Neighbouring dates share most component events: read each once.
        var components = new Dictionary<(string, long), RecordedEvent?>();
        var mismatches = new List<ReplayMismatch>();
        long replayed = 0;
        // Stream by stream, not through the global subscriber order: that order holds back everything newer than the
        // oldest open transaction anywhere in the database, and an audit must see every committed score.
        foreach (var streamId in await ScoreStreamsAsync(prefix, cancellationToken))
        {
            foreach (var e in await store.ReadStreamAsync(streamId, cancellationToken: cancellationToken))
            {
                if (e.Data is not ScoreEvaluated recorded) continue;
                replayed++;
                mismatches.AddRange(await ReplayOneAsync(e, recorded, components, cancellationToken));
            }
        }
        return new ReplayOutcome(replayed, mismatches);
    }

    async Task<List<string>> ScoreStreamsAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            $"""SELECT stream_id FROM "{store.Schema}".streams WHERE starts_with(stream_id, 'score/') AND starts_with(stream_id, $1) ORDER BY stream_id""");
        command.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = prefix });
        var streams = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) streams.Add(reader.GetString(0));
        return streams;
    }

    async Task<IReadOnlyList<ReplayMismatch>> ReplayOneAsync(RecordedEvent e, ScoreEvaluated recorded,
        Dictionary<(string, long), RecordedEvent?> cache, CancellationToken cancellationToken)
    {
        ReplayMismatch Mismatch(string field, string expected, string actual) => new(e.StreamId, e.Version, field, expected, actual);
        ScoreModel model;
        try
        {
            model = ScoreModels.Get(recorded.ModelVersion);
        }
        catch (UnknownScoreModelException)
        {
            return [Mismatch("modelVersion", recorded.ModelVersion, "no such model in this code")];
        }

        var used = new List<KnownComponent>();
        var problems = new List<ReplayMismatch>();
        for (var i = 0; i < recorded.Inputs.Count; i++)
        {
            var input = recorded.Inputs[i];
            var component = await ComponentAsync(input.StreamId, input.StreamVersion, cache, cancellationToken);
            if (component?.Data is not ComponentRecorded data)
            {
                problems.Add(Mismatch($"inputs[{i}]", $"{input.StreamId}@{input.StreamVersion}", JsonDifferences.Absent));
                continue;
            }
            var sha = Convert.ToHexStringLower(component.Hash);
            if (!string.Equals(sha, input.EventSha256, StringComparison.Ordinal))
                problems.Add(Mismatch($"inputs[{i}].eventSha256", input.EventSha256, sha));
            used.Add(ComponentReadModel.ToKnown(data, component.StreamId, component.Version, sha));
        }

        var fresh = ScoreEventBuilder.Build(model, recorded.AsOf, used, recorded.CodeVersion);
        var json = JsonSerializer.Serialize(fresh, store.Serializer.Options);
        problems.AddRange(JsonDifferences.Between(e.Json, json).Select(d => Mismatch(d.Field, d.Expected, d.Actual)));
        return problems;
    }

    async Task<RecordedEvent?> ComponentAsync(string streamId, long version, Dictionary<(string, long), RecordedEvent?> cache,
        CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((streamId, version), out var cached)) return cached;
        var events = await store.ReadStreamAsync(streamId, new ReadStreamOptions { FromVersion = version, ToVersion = version }, cancellationToken);
        return cache[(streamId, version)] = events.Count == 1 ? events[0] : null;
    }
}
