using System.Text.Json;
using AltSeason.Bench.Reporting;

namespace AltSeason.Bench;

static class ReportCommands
{
    const string MachineFile = "machine.json";

    public static async Task<int> MachineAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var machine = MachineDescription.Capture();
        await File.WriteAllTextAsync(Path.Combine(folder, MachineFile), JsonSerializer.Serialize(machine, ReportJson.Options));
        Console.WriteLine($"{machine.CpuModel}, {machine.Cores} cores, {machine.MemoryGiB} GiB, {machine.OperatingSystem}, {machine.DotNet}, load {machine.LoadAverageAtStart}");
        return 0;
    }

    public static async Task<int> MergeAsync(string folder, string[] suites)
    {
        var machinePath = Path.Combine(folder, MachineFile);
        var machine = File.Exists(machinePath)
            ? JsonSerializer.Deserialize<MachineDescription>(await File.ReadAllTextAsync(machinePath), ReportJson.Options)!
            : MachineDescription.Capture();
        var results = new List<SuiteResult>();
        var missing = new List<string>();
        foreach (var suite in suites)
        {
            var path = Path.Combine(folder, suite + ".json");
            if (File.Exists(path)) results.Add(JsonSerializer.Deserialize<SuiteResult>(await File.ReadAllTextAsync(path), ReportJson.Options)!);
            else missing.Add(suite);
        }
        var report = new MergedReport(machine, results.Any(r => r.Quick), (DateTimeOffset.UtcNow - machine.Captured).TotalSeconds, results) { Missing = missing };
        await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), JsonSerializer.Serialize(report, ReportJson.Options));
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), MarkdownReport.Render(report));
        Console.WriteLine($"Report: {Path.GetFullPath(Path.Combine(folder, "report.md"))} and report.json" +
            (missing.Count > 0 ? $" (no result from: {string.Join(", ", missing)})" : ""));
        return missing.Count > 0 ? 1 : 0;
    }

    public static int Usage()
    {
        Console.Error.WriteLine("usage: AltSeason.Bench machine <results-dir> | merge <results-dir> <suite>...");
        return 2;
    }
}
