using System.Collections.Concurrent;
using System.Globalization;

namespace AltSeason.Bench.Backfill;

/// <summary>
/// Peak resident memory (VmHWM) of each service process. The AppHost runs services under <c>setsid bash</c>, so the
/// service is the <c>dotnet</c> process whose command line names its assembly; found again on each sample in case
/// it was restarted, and the highest value ever seen is kept.
/// </summary>
public sealed class ServiceMemory(IReadOnlyDictionary<string, string> assemblyByService)
{
    readonly ConcurrentDictionary<string, long> _peakKiB = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> PeakKiB => _peakKiB;

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
            }
            catch (IOException) { } // the process ended between listing and reading
            catch (UnauthorizedAccessException) { }
        }
    }
}
