using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals.HeadAndShoulders;

/// <summary>
/// Walks closes once. Smoothing and turning-point detection are incremental (a trailing mean and two
/// monotonic deques over 2h+1 smoothed values), and so is the alternating sequence of turning points inside
/// the lookback; each session then only looks at its last five points, never at the raw window of prices.
/// </summary>
public sealed class InverseHeadAndShouldersDetector
{
    readonly InverseHeadAndShouldersParameters _parameters;
    readonly double[] _logCloses;
    readonly (int Session, DateOnly Date, double Level)[] _smoothed;
    readonly RollingExtremum _max;
    readonly RollingExtremum _min;
    readonly AlternatingExtrema _extrema = new();
    int _session = -1;
    double _previousClose;
    double? _previousNeckline;
    InverseHeadAndShouldersPattern? _candidate; // the last five points checked, reused while they stay the last
    bool _candidateIsValid;

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
        _extrema.DropBefore(_session - _parameters.LookbackSessions);

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
        _extrema.Add(new Extremum(session, day, Math.Exp(value), isPeak));
    }

    InverseHeadAndShouldersPattern? LatestPattern()
    {
        // Kinds alternate, so the last trough is the last point or the one before it.
        var count = _extrema.Count;
        var last = count > 0 && !_extrema[count - 1].IsPeak ? count - 1 : count - 2;
        if (last < 4) return null;
        var (a, b, c, d, e) = (_extrema[last - 4], _extrema[last - 3], _extrema[last - 2], _extrema[last - 1], _extrema[last]);
        if (_candidate is null || !Same(_candidate, a, b, c, d, e))
        {
            _candidate = new InverseHeadAndShouldersPattern(a, b, c, d, e);
            _candidateIsValid = _candidate.IsValid(_parameters.ShoulderTolerance);
        }
        return _candidateIsValid ? _candidate : null;
    }

    static bool Same(InverseHeadAndShouldersPattern p, Extremum a, Extremum b, Extremum c, Extremum d, Extremum e) =>
        ReferenceEquals(p.LeftShoulder, a) && ReferenceEquals(p.LeftPeak, b) && ReferenceEquals(p.Head, c)
        && ReferenceEquals(p.RightPeak, d) && ReferenceEquals(p.RightShoulder, e);

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
