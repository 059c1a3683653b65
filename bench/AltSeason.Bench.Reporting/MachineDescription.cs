using System.Runtime.InteropServices;

namespace AltSeason.Bench.Reporting;

/// <summary>The machine a run measured, so figures from different machines are never compared blindly.</summary>
public sealed record MachineDescription(
    string CpuModel, int Cores, double MemoryGiB, string OperatingSystem, string DotNet, string LoadAverageAtStart, DateTimeOffset Captured)
{
    public static MachineDescription Capture() => new(
        ReadCpuModel(),
        Environment.ProcessorCount,
        ReadMemoryGiB(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown",
        DateTimeOffset.UtcNow);

    static string ReadCpuModel() =>
        ProcFile("/proc/cpuinfo").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == "model name")
            .Select(p => p[1].Trim()).FirstOrDefault() ?? RuntimeInformation.ProcessArchitecture.ToString();

    static double ReadMemoryGiB()
    {
        var total = ProcFile("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kib = total?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var value, ..] ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return Math.Round(kib / 1024 / 1024, 1);
    }

    static IEnumerable<string> ProcFile(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
