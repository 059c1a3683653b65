using AltSeason.Equities.Signals.HeadAndShoulders;

namespace AltSeason.Equities.Tests.Support;

/// <summary>
/// The inverse head-and-shoulders definition computed from scratch for every session, with no incremental state:
/// unsmoothed log closes (smoothing of one session), turning points by scanning each 2h+1 window, the lookback's
/// points collapsed into alternating runs, the last five ending on a trough. O(n·L): for checking the detector.
/// </summary>
public static class NaiveHeadAndShoulders
{
    public static InverseHeadAndShouldersResult[] Run(IReadOnlyList<DateOnly> dates, IReadOnlyList<double> closes, InverseHeadAndShouldersParameters p)
    {
        if (p.SmoothingSessions != 1) throw new ArgumentException("The naive version does not smooth.", nameof(p));
        var levels = closes.Select(c => Math.Log(c)).ToArray();
        var h = p.ExtremumHalfWidth;
        var results = new InverseHeadAndShouldersResult[closes.Count];
        double? previousNeckline = null;
        for (var t = 0; t < closes.Count; t++)
        {
            var points = new List<Extremum>();
            for (var c = Math.Max(h, t - p.LookbackSessions); c + h <= t; c++)
            {
                var window = Enumerable.Range(c - h, 2 * h + 1).ToArray();
                var latestMax = window.Last(j => levels[j] == window.Max(i => levels[i]));
                var latestMin = window.Last(j => levels[j] == window.Min(i => levels[i]));
                if ((latestMax == c) != (latestMin == c)) points.Add(new Extremum(c, dates[c], Math.Exp(levels[c]), latestMax == c));
            }
            var alternating = new List<Extremum>();
            foreach (var e in points)
            {
                if (alternating.Count > 0 && alternating[^1].IsPeak == e.IsPeak)
                {
                    var kept = alternating[^1];
                    if (e.IsPeak ? e.Price >= kept.Price : e.Price <= kept.Price) alternating[^1] = e;
                }
                else alternating.Add(e);
            }
            var last = alternating.FindLastIndex(e => !e.IsPeak);
            InverseHeadAndShouldersPattern? pattern = null;
            if (last >= 4)
            {
                var candidate = new InverseHeadAndShouldersPattern(alternating[last - 4], alternating[last - 3], alternating[last - 2], alternating[last - 1], alternating[last]);
                if (candidate.IsValid(p.ShoulderTolerance)) pattern = candidate;
            }
            if (pattern is null)
            {
                results[t] = InverseHeadAndShouldersResult.None;
            }
            else
            {
                var neckline = pattern.NecklineAt(t);
                var confirmed = closes[t] > neckline;
                var wasAbove = t > 0 && previousNeckline is { } previous && closes[t - 1] > previous;
                results[t] = new InverseHeadAndShouldersResult(pattern, neckline, neckline + pattern.HeadDepth,
                    pattern.FitQuality(p.ShoulderTolerance), confirmed, confirmed && !wasAbove);
            }
            previousNeckline = pattern?.NecklineAt(t - 1);
        }
        return results;
    }
}
