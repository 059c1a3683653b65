using System.Diagnostics;

namespace AltSeason.LocalInfrastructure;

/// <summary>
/// A server process that cannot outlive its parent. It runs under a tiny bash supervisor in its own session
/// (so a Ctrl+C aimed at the parent does not reach it first). The supervisor blocks reading our stdin pipe:
/// when we close the pipe, or when this process dies for any reason (even SIGKILL), the kernel closes it,
/// and the supervisor sends the server its graceful stop signal and waits for it.
/// </summary>
public sealed class SupervisedProcess : IAsyncDisposable
{
    const string Supervisor = """
        sig=$1; shift
        exec 3<&0
        "$@" </dev/null &
        server=$!
        cat <&3 >/dev/null &
        watch=$!
        wait -n "$server" "$watch"
        kill -"$sig" "$server" 2>/dev/null
        wait "$server"; code=$?
        kill "$watch" 2>/dev/null
        exit $code
        """;

    readonly Process _process;
    readonly string _name;

    SupervisedProcess(Process process, string name)
    {
        _process = process;
        _name = name;
    }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <param name="stopSignal">The signal the server treats as a quick graceful stop (PostgreSQL: INT, RabbitMQ: TERM).</param>
    public static SupervisedProcess Start(string name, string stopSignal, IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string>? environment = null, Action<string, string>? log = null)
    {
        var info = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "bash", "-c", Supervisor, "supervisor", stopSignal }.Concat(command)) info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new LocalInfrastructureException($"Could not start {name} ({command[0]}).");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log?.Invoke(name, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log?.Invoke(name, e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SupervisedProcess(process, name);
    }

    /// <summary>Asks the server to stop gracefully; kills the whole tree if it has not stopped within <paramref name="timeout"/>.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited) return;
        _process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(30));
        _process.Dispose();
    }

    public override string ToString() => $"{_name} (pid {_process.Id})";
}
