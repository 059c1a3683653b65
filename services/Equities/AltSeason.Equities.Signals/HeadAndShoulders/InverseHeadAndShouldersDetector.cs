using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals.HeadAndShoulders;

/// <summary>
/// Walks closes once. Smoothing and turning-point detection are incremental (a trailing mean and two
/// monotonic deques over 2h+1 smoothed values); each session then only looks at the few turning points
/// inside the lookback, never at the raw window of prices.
/// </summary>
public sealed class InverseHeadAndShouldersDetector
{
    readonly InverseHeadAndShouldersParameters _parameters;
    readonly double[] _logCloses;
    readonly (int Session, DateOnly Date, double Level)[] _smoothed;
    readonly RollingExtremum _max;
    readonly RollingExtremum _min;
    readonly Queue<Extremum> _extrema = new();
    int _session = -1;
    double _previousClose;
    double? _previousNeckline;

    public InverseHeadAndShouldersDetector(InverseHeadAndShouldersParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
        var span = 2 * parameters.ExtremumHalfWidth + 1;
        _logCloses = new double[parameters.SmoothingSessions];
        _smoothed = new (int, DateOnly, double)[span];
        _max = RollingExtremum.Maximum(span);
        _min = RollingExtremum.Minimum(span);
    }

    public InverseHeadAndShouldersResult Step(DateOnly date, double close)
    {
        _session++;
        _logCloses[_session % _logCloses.Length] = Math.Log(close);
        if (_session + 1 >= _logCloses.Length) AddSmoothed(date, _logCloses.Average());
        while (_extrema.Count > 0 && _extrema.Peek().Session < _session - _parameters.LookbackSessions) _extrema.Dequeue();

        var pattern = LatestPattern();
        var result = pattern is null ? InverseHeadAndShouldersResult.None : Describe(pattern, close);
        _previousNeckline = pattern?.NecklineAt(_session - 1);
        _previousClose = close;
        return result;
    }

    void AddSmoothed(DateOnly date, double level)
    {
        var k = _max.Added;
        _smoothed[(int)(k % _smoothed.Length)] = (_session, date, level);
        _max.Add(level);
        _min.Add(level);
        if (_max.Added < _smoothed.Length) return;

        // The middle of the full 2h+1 window is a turning point when it is that window's extremum.
        var centre = k - _parameters.ExtremumHalfWidth;
        var isPeak = _max.Position == centre;
        var isTrough = _min.Position == centre;
        if (isPeak == isTrough) return; // neither, or a flat window
        var (session, day, value) = _smoothed[(int)(centre % _smoothed.Length)];
        _extrema.Enqueue(new Extremum(session, day, Math.Exp(value), isPeak));
    }

    InverseHeadAndShouldersPattern? LatestPattern()
    {
        var alternating = Alternate(_extrema);
        var last = alternating.FindLastIndex(e => !e.IsPeak);
        if (last < 4) return null;
        var candidate = new InverseHeadAndShouldersPattern(
            alternating[last - 4], alternating[last - 3], alternating[last - 2], alternating[last - 1], alternating[last]);
        return candidate.IsValid(_parameters.ShoulderTolerance) ? candidate : null;
    }

    /// <summary>Collapses runs of same-kind turning points to the most extreme one (the later one on ties).</summary>
    static List<Extremum> Alternate(IEnumerable<Extremum> extrema)
    {
        var result = new List<Extremum>();
        foreach (var e in extrema)
        {
            if (result.Count > 0 && result[^1].IsPeak == e.IsPeak)
            {
                var kept = result[^1];
                var moreExtreme = e.IsPeak ? e.Price >= kept.Price : e.Price <= kept.Price;
                if (moreExtreme) result[^1] = e;
                continue;
            }
            result.Add(e);
        }
        return result;
    }

    InverseHeadAndShouldersResult Describe(InverseHeadAndShouldersPattern pattern, double close)
    {
        var neckline = pattern.NecklineAt(_session);
        var confirmed = close > neckline;
        var wasAbove = _previousNeckline is { } previous && _previousClose > previous;
        return new InverseHeadAndShouldersResult(
            pattern,
            neckline,
            neckline + pattern.HeadDepth,
            pattern.FitQuality(_parameters.ShoulderTolerance),
            confirmed,
            confirmed && !wasAbove);
    }
}
