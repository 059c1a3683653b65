namespace AltSeason.Equities.Signals.HeadAndShoulders;

/// <summary>
/// The turning points inside the lookback, with each run of same-kind points collapsed to its most extreme member
/// (the later one on ties), so kinds alternate. Kept up to date as points arrive at the back and leave at the
/// front: amortised O(1) per point, instead of collapsing the whole lookback again every session.
/// </summary>
internal sealed class AlternatingExtrema
{
    readonly Queue<Extremum> _points = new(); // every turning point in the lookback, oldest first
    readonly List<Run> _runs = [];            // live runs start at _firstRun; the dead prefix is trimmed now and then
    int _firstRun;

    /// <param name="Members">How many of the oldest points still held belong to this run (for the first run).</param>
    readonly record struct Run(Extremum Representative, int Members);

    /// <summary>Alternating points held: peaks and troughs in turn.</summary>
    public int Count => _runs.Count - _firstRun;

    public Extremum this[int index] => _runs[_firstRun + index].Representative;

    public void Add(Extremum point)
    {
        _points.Enqueue(point);
        if (Count > 0 && _runs[^1].Representative.IsPeak == point.IsPeak)
        {
            var last = _runs[^1];
            _runs[^1] = new Run(Replaces(point, last.Representative) ? point : last.Representative, last.Members + 1);
        }
        else
        {
            _runs.Add(new Run(point, 1));
        }
    }

    /// <summary>Forgets the points of sessions before <paramref name="session"/>.</summary>
    public void DropBefore(int session)
    {
        while (_points.Count > 0 && _points.Peek().Session < session)
        {
            var gone = _points.Dequeue();
            var first = _runs[_firstRun];
            if (first.Members == 1)
            {
                _firstRun++;
                continue;
            }
            // The representative is the last most-extreme member: if that was the oldest one, every later member
            // is less extreme and the survivors must be collapsed again; otherwise it stays.
            var representative = ReferenceEquals(first.Representative, gone)
                ? Collapse(_points.Take(first.Members - 1))
                : first.Representative;
            _runs[_firstRun] = new Run(representative, first.Members - 1);
        }
        if (_firstRun > 64 && 2 * _firstRun > _runs.Count)
        {
            _runs.RemoveRange(0, _firstRun);
            _firstRun = 0;
        }
    }

    /// <summary>A later same-kind point replaces the kept one when it is at least as extreme.</summary>
    static bool Replaces(Extremum later, Extremum kept) =>
        later.IsPeak ? later.Price >= kept.Price : later.Price <= kept.Price;

    static Extremum Collapse(IEnumerable<Extremum> run)
    {
        Extremum? kept = null;
        foreach (var e in run)
            if (kept is null || Replaces(e, kept)) kept = e;
        return kept!;
    }
}
