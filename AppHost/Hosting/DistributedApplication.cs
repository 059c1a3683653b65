using System.Runtime.InteropServices;

namespace AltSeason.AppHost.Hosting;

/// <summary>
/// Starts the servers, then the services in dependency order (independent ones in parallel), waits for each to
/// be healthy, prints the resource table, and on Ctrl+C or SIGTERM stops everything in reverse order.
/// </summary>
public sealed class DistributedApplication(IReadOnlyList<IResource> resources, LocalServersHost servers, ConsoleLog log)
{
    readonly List<(ProjectResource Project, ProjectRunner Runner)> _running = [];

    public IReadOnlyList<IResource> Resources => resources;

    public static DistributedApplicationBuilder CreateBuilder(string[] args, DistributedApplicationOptions? options = null) =>
        DistributedApplicationBuilder.CreateBuilder(args, options);

    /// <summary>The servers' handles, so tests can stop and start PostgreSQL or RabbitMQ under the running services.</summary>
    public LocalInfrastructure.LocalServers? Servers => servers.Servers;

    public ProjectResource Project(string name) => resources.OfType<ProjectResource>().Single(p => p.Name == name);

    /// <summary>Runs until Ctrl+C/SIGTERM; <paramref name="whenReady"/> runs once everything is healthy.</summary>
    public async Task<int> RunAsync(Func<DistributedApplication, CancellationToken, Task>? whenReady = null)
    {
        using var shutdown = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; shutdown.Cancel(); };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; shutdown.Cancel(); });
        try
        {
            await StartAsync(shutdown.Token);
            ResourceTable.Print(resources);
            if (whenReady is not null) await whenReady(this, shutdown.Token);
            log.Write("apphost", "Platform running. Press Ctrl+C to stop.");
            await Task.Delay(Timeout.Infinite, shutdown.Token);
            return 0;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or LocalInfrastructure.LocalInfrastructureException)
        {
            log.Write("apphost", "Start-up failed: " + e.Message);
            return 1;
        }
        finally
        {
            await StopAsync();
        }
    }

    public async Task StartAsync(CancellationToken ct)
    {
        log.Write("apphost", "Starting PostgreSQL and RabbitMQ...");
        await servers.StartAsync(log.Write, ct);
        var projects = resources.OfType<ProjectResource>().ToList();
        var started = new HashSet<IResource>(resources.Where(r => r is not ProjectResource));
        while (started.Count < resources.Count)
        {
            // Every project whose dependencies are healthy starts now, in parallel with its peers.
            var wave = projects.Where(p => !started.Contains(p) && p.WaitsFor.All(started.Contains)).ToList();
            if (wave.Count == 0) throw new InvalidOperationException("The resources wait for each other in a cycle.");
            log.Write("apphost", "Starting " + string.Join(", ", wave.Select(p => p.Name)) + "...");
            await Task.WhenAll(wave.Select(async p =>
            {
                var runner = new ProjectRunner(p, log);
                lock (_running) _running.Add((p, runner));
                await runner.StartAsync(TimeSpan.FromSeconds(90), ct);
                log.Write("apphost", $"{p.Name} is healthy at {p.HttpUrl}");
            }));
            started.UnionWith(wave);
        }
    }

    /// <summary>Stops one service (the others keep running), e.g. to show that the rest of the platform carries on.</summary>
    public async Task StopProjectAsync(string name)
    {
        var index = _running.FindIndex(r => r.Project.Name == name);
        if (index < 0) return;
        await _running[index].Runner.DisposeAsync();
        _running.RemoveAt(index);
    }

    /// <summary>
    /// Kills one service's process with SIGKILL (a crash: no graceful stop); its runner restarts it with back-off,
    /// as it would any service that dies. Returns the killed process id.
    /// </summary>
    public int KillProject(string name)
    {
        lock (_running) return _running.Single(r => r.Project.Name == name).Runner.KillService();
    }

    /// <summary>What a resource (a service, <c>apphost</c>, a server) last wrote, oldest first, kept even when its output is quiet.</summary>
    public IReadOnlyList<string> RecentLog(string name) => log.Recent(name);

    /// <summary>Starts a stopped service again with the same endpoints and environment.</summary>
    public async Task StartProjectAsync(string name, CancellationToken ct)
    {
        var project = Project(name);
        var runner = new ProjectRunner(project, log);
        await runner.StartAsync(TimeSpan.FromSeconds(90), ct);
        lock (_running) _running.Add((project, runner));
    }

    public async Task StopAsync()
    {
        log.Write("apphost", "Stopping...");
        for (var i = _running.Count - 1; i >= 0; i--) await _running[i].Runner.DisposeAsync();
        _running.Clear();
        await servers.StopAsync();
        log.Write("apphost", "Stopped.");
    }
}
