using System.Diagnostics;
using AltSeason.Bench.Reporting;

namespace AltSeason.Bench.Signals;

/// <summary>
/// Records each family's cost per observation at each scale against its raw single-pass baseline, then how much
/// the cost per observation grew from 10x to 100x (goal: under 20%, i.e. a flat cost).
/// </summary>
sealed class FamilyCosts(BenchOutput output)
{
    readonly Dictionary<(string Family, int Scale), double> _nsPerObservation = [];

    public void Measure(string family, int scale, int observations, Func<object> evaluate, Func<object> baseline)
    {
        var repeats = scale >= 100 ? 1 : 5; // at 100x one run takes seconds: noise is small next to it, and the suite's time is not
        var signals = Time(evaluate, repeats);
        var raw = Time(baseline, repeats);
        var ns = signals * 1e6 / observations;
        _nsPerObservation[(family, scale)] = ns;
        output.Add(new Figure($"{family} full history {scale}x ({observations:N0} observations)", ns, "ns/observation")
            .Against("single pass over the same series", raw * 1e6 / observations));
    }

    public void ReportGrowth(int from, int to)
    {
        foreach (var family in _nsPerObservation.Keys.Select(k => k.Family).Distinct())
        {
            if (!_nsPerObservation.TryGetValue((family, from), out var small) || !_nsPerObservation.TryGetValue((family, to), out var large)) continue;
            var growth = large / small - 1;
            output.Add(new Figure($"{family} cost per observation growth {from}x → {to}x", growth * 100, "%")
                .WithGoal("< 20% growth", growth < 0.20));
        }
    }

    // Best of `repeats` after a warm-up run (none at the largest scale: the smaller runs warmed everything up), in ms.
    static double Time(Func<object> run, int repeats)
    {
        if (repeats > 2) GC.KeepAlive(run());
        var best = double.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(run());
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
