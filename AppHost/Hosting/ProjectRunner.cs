using AltSeason.LocalInfrastructure;

namespace AltSeason.AppHost.Hosting;

/// <summary>
/// Keeps one service process alive: starts it, waits for <c>/health</c>, and restarts it with exponential
/// back-off (1 s doubling to 30 s) when it exits on its own. The process is supervised, so it dies with the AppHost.
/// </summary>
sealed class ProjectRunner(ProjectResource project, ConsoleLog log) : IAsyncDisposable
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    readonly CancellationTokenSource _stopping = new();
    SupervisedProcess? _process;
    Task? _watch;

    public async Task StartAsync(TimeSpan healthTimeout, CancellationToken ct)
    {
        if (!File.Exists(project.AssemblyPath))
            throw new InvalidOperationException($"{project.Name}: {project.AssemblyPath} is not built. Run 'dotnet build AltSeason.Platform.sln' first (./run.sh does).");
        Launch();
        await WaitHealthyAsync(healthTimeout, ct);
        _watch = WatchAsync();
    }

    void Launch()
    {
        project.State = ResourceState.Starting;
        _process = SupervisedProcess.Start(project.Name, "TERM", ["dotnet", project.AssemblyPath], project.BuildEnvironment(), log.Write);
    }

    async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (_process is { HasExited: true }) throw new InvalidOperationException($"{project.Name} exited during start-up; see its log lines above.");
            try
            {
                using var response = await Http.GetAsync(project.HttpUrl + "/health", ct);
                if (response.IsSuccessStatusCode)
                {
                    project.State = ResourceState.Healthy;
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"{project.Name} did not report healthy on {project.HttpUrl}/health within {timeout.TotalSeconds}s.");
    }

    async Task WatchAsync()
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(500, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (_process is not { HasExited: true }) continue;

            project.State = ResourceState.Restarting;
            project.Restarts++;
            log.Write("apphost", $"{project.Name} exited; restarting in {backoff.TotalSeconds:0}s (restart #{project.Restarts})");
            try
            {
                await Task.Delay(backoff, _stopping.Token);
                Launch();
                await WaitHealthyAsync(TimeSpan.FromSeconds(60), _stopping.Token);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                log.Write("apphost", e.Message);
                backoff = TimeSpan.FromSeconds(Math.Min(30, backoff.TotalSeconds * 2));
            }
        }
    }

    /// <summary>
    /// SIGKILLs the service process itself (the supervisor's child, not the supervisor), as a crash or the OOM killer
    /// would: no graceful shutdown, nothing flushed. The supervisor then exits and the watch loop restarts the service.
    /// </summary>
    /// <returns>The killed process id.</returns>
    public int KillService()
    {
        var supervisor = _process ?? throw new InvalidOperationException($"{project.Name} is not running.");
        var children = File.ReadAllText($"/proc/{supervisor.Id}/task/{supervisor.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var child in children.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)))
        {
            // The supervisor's other child is the `cat` watching our pipe; the service runs as `dotnet`.
            var command = File.ReadAllText($"/proc/{child}/cmdline");
            if (!command.StartsWith("dotnet\0", StringComparison.Ordinal) && !command.Contains("/dotnet\0", StringComparison.Ordinal)) continue;
            using var service = System.Diagnostics.Process.GetProcessById(child);
            service.Kill(); // SIGKILL on Unix
            return child;
        }
        throw new InvalidOperationException($"{project.Name}: no service process under supervisor pid {supervisor.Id}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_watch is not null) await _watch;
        project.State = ResourceState.Stopping;
        if (_process is not null) await _process.StopAsync(TimeSpan.FromSeconds(15));
        project.State = ResourceState.Stopped;
        _stopping.Dispose();
    }
}
