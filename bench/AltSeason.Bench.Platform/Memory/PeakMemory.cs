using System.Collections.Concurrent;

namespace AltSeason.Bench.Platform.Memory;

/// <summary>
/// Peak resident memory during a run, sampled every second. A service is one <c>dotnet</c> process (found by its
/// assembly on the command line, again on each sample in case it was restarted) and its peak is the kernel's own
/// high-water mark, VmHWM. PostgreSQL is a postmaster with one process per connection sharing its buffers, so
/// adding their RSS would count the shared memory many times: its figure is the peak over samples of the summed
/// proportional set size (Pss). RabbitMQ is measured the same way, over the broker's process tree.
/// A service's RSS includes about 80 MB of file-backed pages (the runtime and framework assemblies, mapped once and
/// shared by all five services) and 35-45 MB of JIT code, which W^X maps through a memfd so the kernel counts it as
/// shared memory though it is the process's own. Its peak private memory (smaps_rollup Anonymous: heaps, stacks) is
/// sampled beside it, as what the service's data costs.
/// </summary>
sealed class PeakMemory(IReadOnlyDictionary<string, string> assemblyByService, int? postgresPort, int? rabbitMqPort)
{
    readonly ConcurrentDictionary<string, long> _peakKiB = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, long> _peakPrivateKiB = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> PeakKiB => _peakKiB;

    /// <summary>Each service's peak anonymous (private) memory, sampled once a second.</summary>
    public IReadOnlyDictionary<string, long> PeakPrivateKiB => _peakPrivateKiB;

    public async Task SampleUntilAsync(CancellationToken stop)
    {
        var postgres = postgresPort is { } p ? ProcessTable.ListenerOf(p) : null;
        var rabbitMq = rabbitMqPort is { } r ? ProcessTable.ListenerOf(r) : null;
        while (!stop.IsCancellationRequested)
        {
            SampleServices();
            if (postgres is { } pg) Record("postgresql", TreePss(pg));
            if (rabbitMq is { } mq) Record("rabbitmq", TreePss(mq));
            try { await Task.Delay(1000, stop); } catch (OperationCanceledException) { }
        }
        SampleServices();
    }

    void SampleServices()
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            var commandLine = ProcessTable.CommandLine(pid);
            if (commandLine.Length < 2 || Path.GetFileName(commandLine[0]) != "dotnet") continue;
            var service = assemblyByService.FirstOrDefault(s => commandLine[1] == s.Value).Key;
            if (service is null) continue;
            if (ProcessTable.KiB(pid, "status", "VmHWM") is { } hwm) Record(service, hwm);
            if (ProcessTable.KiB(pid, "smaps_rollup", "Anonymous") is { } anonymous)
                _peakPrivateKiB.AddOrUpdate(service, anonymous, (_, old) => Math.Max(old, anonymous));
        }
    }

    static long TreePss(int root) => ProcessTable.Tree(root).Sum(pid => ProcessTable.KiB(pid, "smaps_rollup", "Pss") ?? 0);

    void Record(string name, long kib) => _peakKiB.AddOrUpdate(name, kib, (_, old) => Math.Max(old, kib));
}
