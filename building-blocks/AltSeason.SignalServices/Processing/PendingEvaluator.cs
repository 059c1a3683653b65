using AltSeason.Contracts.Messages;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Storage;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// Evaluates the family over every as-of date the pending changes can affect, in the caller's session: chunk by chunk
/// of dates (see <see cref="EvaluationChunks"/>), appending an evaluation for each date whose outputs changed and
/// announcing them a few per message (see <see cref="AnnouncementMessages"/>).
/// </summary>
internal sealed class PendingEvaluator(ISignalFamily family, OutputsJson outputs)
{
    public async Task<(int Evaluated, int Changed)> EvaluateAsync(EventSession session, SignalTables tables, Guid causedBy,
        PendingWork pending, CancellationToken ct)
    {
        var model = family.Current;
        // A model that reads the whole history gets it once for every chunk; one with a lookback gets only the last
        // date here (enough for its affected dates), then each chunk's window.
        var whole = model.LookbackDays is null ? await tables.InputsAsync(null, null, null, ct) : null;
        var bounds = whole ?? new SignalInputs(NoRows, NoSources, await tables.LastInputDateAsync(ct));
        if (AffectedRange(model, bounds, pending) is not { } range) return (0, 0);

        var references = await tables.InputHeadsAsync(ct);
        var evaluation = new ChunkEvaluation(model, references, SignalStreams.InputsSha256(references),
            [.. model.Parameters.Select(p => new SignalParameter(p.Key, p.Value))], causedBy);
        int evaluated = 0, changed = 0;
        foreach (var chunk in EvaluationChunks.Of(range, model.LookbackDays))
        {
            var inputs = whole ?? await tables.InputsAsync(chunk.InputsFrom, chunk.Through, bounds.LastDate, ct);
            var (chunkEvaluated, chunkChanged) = await EvaluateChunkAsync(session, tables, evaluation, inputs, chunk, ct);
            evaluated += chunkEvaluated;
            changed += chunkChanged;
        }
        return (evaluated, changed);
    }

    /// <summary>
    /// Evaluates one chunk, appends an evaluation for each date whose outputs changed and announces them; saved before
    /// the next chunk (same transaction), so nothing of it stays in memory.
    /// </summary>
    async Task<(int Evaluated, int Changed)> EvaluateChunkAsync(EventSession session, SignalTables tables, ChunkEvaluation run,
        SignalInputs inputs, EvaluationChunk chunk, CancellationToken ct)
    {
        var latest = await tables.LatestOutputHashesAsync(chunk.From, chunk.Through, ct);
        var results = run.Model.Evaluate(inputs, chunk.From, chunk.Through);
        var appended = new List<SignalsEvaluated>();
        var unsavedValues = 0;
        foreach (var result in results)
        {
            var values = FiniteValues.Of(result.Values);
            var known = latest.TryGetValue(result.AsOf, out var stored);
            if (known && stored.ValuesSha256.AsSpan().SequenceEqual(outputs.Sha256(values))) continue;
            var evaluation = new SignalsEvaluated(family.Name, result.AsOf, run.Model.Version, run.Model.CodeVersion, run.Parameters,
                run.References, run.InputsSha256, values, run.CausedBy);
            session.Append(SignalStreams.Evaluation(family.Name, result.AsOf),
                known ? ExpectedVersion.Exactly(stored.Version) : ExpectedVersion.NoStream, evaluation);
            appended.Add(evaluation);
            // An append holds its serialized JSON until saved: a chunk of a wide family was 33 MB of it in one round
            // trip (Derivatives at 100x). Saving every so many values bounds that; same transaction, same outcome.
            unsavedValues += values.Count;
            if (unsavedValues < ValuesPerSave) continue;
            await session.SaveChangesAsync(ct);
            unsavedValues = 0;
        }
        if (appended.Count == 0) return (results.Count, 0);

        await session.SaveChangesAsync(ct);
        // The hash and recording time exist only once stored; announce from the read model, same transaction, a few
        // messages per chunk rather than one per date (each message costs the relay a broker confirm).
        var heads = await tables.LatestHeadsAsync(chunk.From, chunk.Through, ct);
        var announced = appended.Select(e =>
        {
            var head = heads[e.AsOf];
            return new AnnouncedEvaluation(e.AsOf, e.Values, e.ModelVersion, e.CodeVersion, e.InputsSha256,
                SignalStreams.Evaluation(family.Name, e.AsOf), head.Version, head.Sha256, head.RecordedAt);
        });
        foreach (var message in AnnouncementMessages.Split(announced)) session.Publish(family.ToMessage(message));
        await session.SaveChangesAsync(ct);
        return (results.Count, appended.Count);
    }

    /// <summary>A few MB of evaluation JSON per round trip.</summary>
    internal const int ValuesPerSave = 50_000;

    static readonly IReadOnlyDictionary<string, IReadOnlyList<TimeSeries.Observation>> NoRows = new Dictionary<string, IReadOnlyList<TimeSeries.Observation>>();
    static readonly IReadOnlyDictionary<string, string> NoSources = new Dictionary<string, string>();

    /// <summary>What every chunk of one batch's evaluation shares.</summary>
    sealed record ChunkEvaluation(ISignalModel Model, IReadOnlyList<InputReference> References, string InputsSha256,
        IReadOnlyList<SignalParameter> Parameters, Guid CausedBy);

    /// <summary>The smallest range covering every date any pending change can affect, cut at the last known date.</summary>
    static AffectedDateRange? AffectedRange(ISignalModel model, Families.SignalInputs inputs, PendingWork pending)
    {
        if (inputs.LastDate is not { } last) return null;
        AffectedDateRange? range = null;
        foreach (var ((series, field), dates) in pending.Changed)
            foreach (var date in dates)
                range = AffectedDateRange.Cover(range, model.AffectedDates(inputs, series, field, date));
        if (range is null || range.From > last) return null;
        return range.Through > last ? range with { Through = last } : range;
    }
}
