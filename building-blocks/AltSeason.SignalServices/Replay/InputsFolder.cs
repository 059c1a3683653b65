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

    /// <param name="window">
    /// For a model with a lookback: only the rows dated within [From, Through], as the live engine loads them (series
    /// without a row there left out), with the last date of all the folded inputs. Null: the whole history.
    /// </param>
    public SignalInputs FoldTo(IReadOnlyList<InputReference> references, (DateOnly From, DateOnly Through)? window = null)
    {
        var bySeries = new Dictionary<string, IReadOnlyList<Observation>>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        DateOnly? lastDate = null;
        foreach (var reference in references)
        {
            if (!streams.TryGetValue(reference.StreamId, out var stream)) continue;
            if (!_folded.TryGetValue(reference.StreamId, out var folded)) _folded[reference.StreamId] = folded = new FoldedStream(stream);
            folded.AdvanceTo(reference.Version);
            if (folded.Series is not { } series) continue;
            sources[series] = folded.Source!;
            if (window is not { } w)
            {
                bySeries[series] = folded.Snapshot();
                continue;
            }
            var rows = folded.Snapshot(w.From, w.Through);
            if (rows.Length > 0) bySeries[series] = rows;
            if (folded.LastDate is { } last && (lastDate is null || last > lastDate)) lastDate = last;
        }
        return window is null ? new SignalInputs(bySeries, sources) : new SignalInputs(bySeries, sources, lastDate);
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

        public DateOnly? LastDate
        {
            get
            {
                Sort();
                return _rows.Count == 0 ? null : _rows[^1].Date;
            }
        }

        public Observation[] Snapshot()
        {
            if (_snapshot is not null) return _snapshot;
            Sort();
            return _snapshot = [.. _rows];
        }

        /// <summary>The rows dated within [from, through]: found by binary search, since rows are sorted by instant.</summary>
        public Observation[] Snapshot(DateOnly from, DateOnly through)
        {
            Sort();
            var start = FirstAtOrAfter(new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            var end = FirstAtOrAfter(new DateTimeOffset(through.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            return end > start ? _rows.GetRange(start, end - start).ToArray() : [];
        }

        int FirstAtOrAfter(DateTimeOffset instant)
        {
            int low = 0, high = _rows.Count;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (_rows[middle].TimestampUtc < instant) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        void Sort()
        {
            if (_unsorted)
            {
                _rows.Sort(static (a, b) => a.TimestampUtc != b.TimestampUtc
                    ? a.TimestampUtc.CompareTo(b.TimestampUtc)
                    : string.CompareOrdinal(a.Field, b.Field));
                for (var i = 0; i < _rows.Count; i++) _index[(_rows[i].TimestampUtc, _rows[i].Field)] = i;
                _unsorted = false;
            }
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
