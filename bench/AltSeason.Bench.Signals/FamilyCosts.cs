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
        var repeats = scale >= 100 ? 2 : 5; // at 100x one run takes seconds: the suite's time decides
        // Every measurement starts from a collected heap: what an earlier one left behind is not this one's cost.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var pauses = GC.GetTotalPauseDuration();
        var signals = Time(evaluate, repeats, warmUp: scale < 100);
        pauses = GC.GetTotalPauseDuration() - pauses;
        var raw = Time(baseline, repeats, warmUp: scale < 100);
        var ns = signals * 1e6 / observations;
        _nsPerObservation[(family, scale)] = ns;
        output.Add(new Figure($"{family} full history {scale}x ({observations:N0} observations)", ns, "ns/observation")
            { Note = $"mean of {repeats} runs; garbage collection paused it {pauses.TotalMilliseconds / repeats:N0} ms per run" }
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

    // Mean of `repeats` runs, in ms, after a warm-up run (none at the largest scale: the smaller runs warmed the code up).
    // The mean, not the best: a best-of leaves out the collections of the garbage a run leaves behind whenever one run
    // happens to finish before them, which flatters small sizes (many runs to pick from) against large ones.
    static double Time(Func<object> run, int repeats, bool warmUp)
    {
        if (warmUp) GC.KeepAlive(run());
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++) GC.KeepAlive(run());
        return watch.Elapsed.TotalMilliseconds / repeats;
    }
}
