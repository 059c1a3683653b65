using AltSeason.EventStore.Events;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// The inputs exactly as the live evaluation saw them: each referenced input stream folded up to its recorded
/// version (later values win), ordered like the inputs table (instant, then field, ordinal).
/// </summary>
internal static class InputsRebuilder
{
    public static SignalInputs Rebuild(IReadOnlyList<InputReference> references, IReadOnlyDictionary<string, List<RecordedEvent>> inputs)
    {
        var bySeries = new Dictionary<string, IReadOnlyList<Observation>>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            if (!inputs.TryGetValue(reference.StreamId, out var events)) continue;
            var values = new Dictionary<(DateTimeOffset, string), double>();
            string? series = null;
            foreach (var e in events.Where(e => e.Version <= reference.Version).OrderBy(e => e.Version))
            {
                var received = (InputsReceived)e.Data;
                series = received.Series;
                sources[series] = received.Source;
                foreach (var column in received.Fields)
                    for (var i = 0; i < column.Timestamps.Count; i++)
                        values[(column.Timestamps[i].ToUniversalTime(), column.Field)] = column.Values[i];
            }
            if (series is null) continue;
            bySeries[series] = [.. values
                .OrderBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
                .Select(kv => new Observation(kv.Key.Item1, kv.Key.Item2, kv.Value))];
        }
        return new SignalInputs(bySeries, sources);
    }

    /// <summary>Each reference whose stream, version or hash no longer matches the stored input events.</summary>
    public static IEnumerable<(int Index, string Expected, string Actual)> Mismatches(
        IReadOnlyList<InputReference> references, IReadOnlyDictionary<string, List<RecordedEvent>> inputs)
    {
        for (var i = 0; i < references.Count; i++)
        {
            var r = references[i];
            var stored = inputs.TryGetValue(r.StreamId, out var events) ? events.FirstOrDefault(e => e.Version == r.Version) : null;
            var actual = stored is null ? "(missing)" : Convert.ToHexStringLower(stored.Hash);
            if (actual != r.Sha256) yield return (i, r.Sha256, actual);
        }
    }
}
