using AltSeason.Bench.Reporting;

namespace AltSeason.Bench.Platform.Memory;

static class MemoryFigures
{
    const double ServiceLimitMiB = 200;

    public static void Report(BenchOutput output, string label, IReadOnlyDictionary<string, long> peakKiB,
        IReadOnlyDictionary<string, long> peakPrivateKiB, IEnumerable<string> services)
    {
        var serviceSet = services.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, kib) in peakKiB.OrderBy(p => serviceSet.Contains(p.Key) ? 0 : 1).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var mib = kib / 1024.0;
            var figure = serviceSet.Contains(name)
                ? new Figure($"peak RSS {name} during the {label} backfill (VmHWM)", mib, "MiB").WithGoal($"< {ServiceLimitMiB} MB", mib * 1.048576 < ServiceLimitMiB)
                : new Figure($"peak memory {name} during the {label} backfill (summed Pss of its processes)", mib, "MiB");
            output.Add(figure);
        }
        foreach (var (name, kib) in peakPrivateKiB.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.Add(new Figure($"peak private memory {name} during the {label} backfill (Anonymous, sampled each second)", kib / 1024.0, "MiB")
                { Note = "without the runtime's and framework's file-backed pages, which all services share and RSS counts in each, and without the JIT's code heap (shared memory under W^X)" });
    }
}
