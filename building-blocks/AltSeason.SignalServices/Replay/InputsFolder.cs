using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// The inputs exactly as a live evaluation saw them: each referenced input stream folded up to its recorded version
/// (later values win), ordered like the inputs table (instant, then field). Folds incrementally: asked for versions
/// that only advance (evaluations in append order), it applies each input event once; asked for an older version
/// of a stream, it folds that stream again from its first event.
/// </summary>
internal sealed class InputsFolder(IReadOnlyDictionary<string, InputStream> streams)
{
    public const string Missing = "(missing)";

    readonly Dictionary<string, FoldedStream> _folded = new(StringComparer.Ordinal);

    public SignalInputs FoldTo(IReadOnlyList<InputReference> references)
    {
        var bySeries = new Dictionary<string, IReadOnlyList<Observation>>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            if (!streams.TryGetValue(reference.StreamId, out var stream)) continue;
            if (!_folded.TryGetValue(reference.StreamId, out var folded)) _folded[reference.StreamId] = folded = new FoldedStream(stream);
            folded.AdvanceTo(reference.Version);
            if (folded.Series is not { } series) continue;
            bySeries[series] = folded.Snapshot();
            sources[series] = folded.Source!;
        }
        return new SignalInputs(bySeries, sources);
    }

    /// <summary>One input stream's current value per (instant, field), kept sorted, with each key's place in the list.</summary>
    sealed class FoldedStream(InputStream stream)
    {
        readonly List<Observation> _rows = [];
        readonly Dictionary<(DateTimeOffset, string), int> _index = [];
        int _applied;          // events of the stream folded in so far
        bool _unsorted;        // a key older than the last one arrived (a revision of history): sort before the next snapshot
        Observation[]? _snapshot;

        public string? Series { get; private set; }
        public string? Source { get; private set; }

        long FoldedVersion => _applied == 0 ? 0 : stream[_applied - 1].Version;

        public void AdvanceTo(long version)
        {
            if (version < FoldedVersion) Reset();
            while (_applied < stream.Count && stream[_applied].Version <= version) Apply(stream[_applied++].Data);
        }

        public Observation[] Snapshot()
        {
            if (_snapshot is not null) return _snapshot;
            if (_unsorted)
            {
                _rows.Sort(static (a, b) => a.TimestampUtc != b.TimestampUtc
                    ? a.TimestampUtc.CompareTo(b.TimestampUtc)
                    : string.CompareOrdinal(a.Field, b.Field));
                for (var i = 0; i < _rows.Count; i++) _index[(_rows[i].TimestampUtc, _rows[i].Field)] = i;
                _unsorted = false;
            }
            return _snapshot = [.. _rows];
        }

        void Apply(InputsReceived received)
        {
            Series = received.Series;
            Source = received.Source;
            _snapshot = null;
            foreach (var column in received.Fields)
            {
                for (var i = 0; i < column.Timestamps.Count; i++)
                {
                    var row = new Observation(column.Timestamps[i].ToUniversalTime(), column.Field, column.Values[i]);
                    var key = (row.TimestampUtc, row.Field);
                    if (_index.TryGetValue(key, out var at))
                    {
                        _rows[at] = row;
                        continue;
                    }
                    if (_rows.Count > 0 && !_unsorted && IsBefore(row, _rows[^1])) _unsorted = true;
                    _index[key] = _rows.Count;
                    _rows.Add(row);
                }
            }
        }

        static bool IsBefore(Observation a, Observation b) =>
            a.TimestampUtc < b.TimestampUtc || (a.TimestampUtc == b.TimestampUtc && string.CompareOrdinal(a.Field, b.Field) < 0);

        void Reset()
        {
            _rows.Clear();
            _index.Clear();
            _applied = 0;
            _unsorted = false;
            _snapshot = null;
            Series = Source = null;
        }
    }
}
