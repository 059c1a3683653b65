using System.Net;
using System.Text.Json;
using AltSeason.AppHost;
using AltSeason.Testing;

namespace AltSeason.Foundation.Tests.Platform;

public sealed class ServiceHealthTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Every_service_is_a_separate_healthy_process_with_its_own_endpoints()
    {
        var urls = PlatformModel.ServiceNames.Select(n => platform.App.Project(n).HttpUrl).ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
        foreach (var url in urls)
        {
            // Eventually: another test restarts PostgreSQL, and a service may need a moment to reconnect.
            Assert.Equal(HttpStatusCode.OK, await StatusEventuallyAsync(url + "/health", HttpStatusCode.OK));
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(url + "/alive")).StatusCode);
        }
    }

    [Fact]
    public async Task Health_turns_unhealthy_while_PostgreSQL_is_down_and_recovers_after()
    {
        var equities = platform.App.Project("equities").HttpUrl;
        var postgres = platform.App.Servers!.Postgres!;
        await postgres.StopAsync();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusEventuallyAsync(equities + "/health", HttpStatusCode.ServiceUnavailable));
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(equities + "/alive")).StatusCode);
        }
        finally
        {
            await postgres.StartAsync(CancellationToken.None);
        }
        Assert.Equal(HttpStatusCode.OK, await StatusEventuallyAsync(equities + "/health", HttpStatusCode.OK));
    }

    [Fact]
    public void A_quiet_platform_still_keeps_what_each_service_last_logged()
    {
        // Tests run the platform quiet; a failure message quotes these lines to show what a stuck service saw.
        foreach (var name in PlatformModel.ServiceNames)
        {
            var lines = platform.App.RecentLog(name);
            Assert.Contains(lines, l => l.Contains("Application started", StringComparison.Ordinal));
            Assert.True(lines.Count <= AltSeason.AppHost.Hosting.ConsoleLog.KeptLines);
        }
    }

    [Fact]
    public void Every_service_runs_with_a_garbage_collector_set_for_a_shared_small_machine()
    {
        // Set in Directory.Build.targets: workstation GC, and conserve-memory so that a backfill's large-object garbage
        // is collected and compacted before it piles up to several times the live data (bench/REPORT.md, memory).
        foreach (var name in PlatformModel.ServiceNames)
        {
            var properties = RuntimeConfigProperties(name);
            Assert.False(properties.GetProperty("System.GC.Server").GetBoolean(), $"{name}: server GC");
            Assert.Equal(9, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
        }
    }

    [Fact]
    public void Only_Scoring_quick_jits_and_runs_dynamic_PGO()
    {
        // Directory.Build.targets: a backfill is a burst in which a second compilation of hot methods and PGO's
        // instrumented code are paid and hardly repaid, so the batch services compile optimized at once; Scoring keeps
        // both for GetScore's steady load.
        foreach (var name in PlatformModel.ServiceNames)
        {
            var properties = RuntimeConfigProperties(name);
            foreach (var setting in new[] { "System.Runtime.TieredCompilation.QuickJit", "System.Runtime.TieredPGO" })
            {
                Assert.True(properties.TryGetProperty(setting, out var value), $"{name}: {setting} is not set");
                Assert.True((name == "scoring") == value.GetBoolean(), $"{name}: {setting} is {value.GetBoolean()}");
            }
        }
    }

    /// <summary>The configProperties of the runtimeconfig.json the service's build wrote beside its assembly.</summary>
    JsonElement RuntimeConfigProperties(string service)
    {
        var runtimeConfig = Path.ChangeExtension(platform.App.Project(service).AssemblyPath, ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Each_service_watches_its_own_folder_for_configuration_not_the_repository()
    {
        // The content root's configuration watcher is recursive: over the repository it held about 1,500 inotify
        // watches in every service, .data and PostgreSQL's files included, and woke on each of their writes.
        foreach (var name in PlatformModel.ServiceNames)
        {
            var project = platform.App.Project(name);
            var pid = ServiceProcessId(project.HttpUrl) ?? throw new InvalidOperationException($"{name}: no process serves {project.HttpUrl}.");
            var watches = InotifyWatches(pid);
            Assert.True(watches < 100, $"{name} holds {watches} inotify watches");
            Assert.Equal(Path.GetDirectoryName(project.AssemblyPath), Environment(pid).GetValueOrDefault("ASPNETCORE_CONTENTROOT"));
        }
    }

    /// <summary>The service process started with this HTTP endpoint (other test platforms run the same assemblies).</summary>
    static int? ServiceProcessId(string httpUrl)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            try
            {
                if (Environment(pid).GetValueOrDefault("Kestrel__Endpoints__http__Url") == httpUrl
                    && File.ReadAllText($"/proc/{pid}/cmdline").StartsWith("dotnet\0", StringComparison.Ordinal))
                    return pid;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process that ended or is not ours to read.
            }
        }
        return null;
    }

    static Dictionary<string, string> Environment(int pid) => File.ReadAllText($"/proc/{pid}/environ")
        .Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('=', 2)).Where(kv => kv.Length == 2)
        .GroupBy(kv => kv[0]).ToDictionary(g => g.Key, g => g.Last()[1]);

    static int InotifyWatches(int pid) => Directory.EnumerateFiles($"/proc/{pid}/fd")
        .Where(fd => new FileInfo(fd).LinkTarget == "anon_inode:inotify")
        .Sum(fd => File.ReadLines($"/proc/{pid}/fdinfo/{Path.GetFileName(fd)}").Count(line => line.StartsWith("inotify ", StringComparison.Ordinal)));

    static async Task<HttpStatusCode> StatusEventuallyAsync(string url, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 60; i++)
        {
            status = (await Http.GetAsync(url)).StatusCode;
            if (status == wanted) break;
            await Task.Delay(250);
        }
        return status;
    }
}
