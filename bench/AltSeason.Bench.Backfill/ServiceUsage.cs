using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AltSeason.Bench.Backfill;

/// <summary>
/// Peak resident memory (VmHWM) and CPU time of each service process. CPU time compares runs whose wall time differs
/// only because the services' batches happened to group differently (and so wrote different numbers of events). The AppHost runs services under <c>setsid bash</c>, so the
/// service is the <c>dotnet</c> process whose command line names its assembly; found again on each sample in case
/// it was restarted, and the highest value ever seen is kept.
/// </summary>
public sealed class ServiceUsage(IReadOnlyDictionary<string, string> assemblyByService)
{
    readonly ConcurrentDictionary<string, long> _peakKiB = new(StringComparer.Ordinal);

    readonly ConcurrentDictionary<string, double> _cpuSeconds = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> PeakKiB => _peakKiB;

    /// <summary>User and system CPU seconds at the last sample (a restarted service counts from its restart).</summary>
    public IReadOnlyDictionary<string, double> CpuSeconds => _cpuSeconds;

    public async Task SampleUntilAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Sample();
            try { await Task.Delay(1000, stop); } catch (OperationCanceledException) { }
        }
        Sample();
    }

    void Sample()
    {
        foreach (var pidFolder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(pidFolder), out _)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(pidFolder, "cmdline")).Split('\0');
                if (commandLine.Length < 2 || Path.GetFileName(commandLine[0]) != "dotnet") continue;
                var service = assemblyByService.FirstOrDefault(s => commandLine[1] == s.Value).Key;
                if (service is null) continue;
                var hwm = File.ReadLines(Path.Combine(pidFolder, "status")).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (hwm is null) continue;
                var kib = long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                _peakKiB.AddOrUpdate(service, kib, (_, old) => Math.Max(old, kib));
                using var process = Process.GetProcessById(int.Parse(Path.GetFileName(pidFolder), CultureInfo.InvariantCulture));
                _cpuSeconds[service] = process.TotalProcessorTime.TotalSeconds;
            }
            catch (ArgumentException) { } // gone before its CPU time was read
            catch (InvalidOperationException) { }
            catch (IOException) { } // the process ended between listing and reading
            catch (UnauthorizedAccessException) { }
        }
    }
}
