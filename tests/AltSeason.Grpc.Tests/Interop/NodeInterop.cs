using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace AltSeason.Grpc.Tests.Interop;

/// <summary>
/// Runs the grpc-js scripts in <c>interop/</c>. Installs their npm packages once (npm ci) when
/// node_modules is missing, and fails with a clear message when Node.js or npm is not installed.
/// </summary>
public static class NodeInterop
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public static string InteropDirectory { get; } = Path.Combine(SourceDirectory(), "interop");

    public static string ProtoRoot { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", "contracts", "protos"));

    /// <summary>Runs one client scenario against <paramref name="address"/> and returns the JSON it printed.</summary>
    public static async Task<JsonElement> RunClientAsync(Uri address, string scenario)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunAsync("node", ["client.js", $"{address.Host}:{address.Port}", ProtoRoot, scenario], TimeSpan.FromSeconds(30));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node client.js {scenario} exited with {exitCode}: {error}");
        }

        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>Starts the grpc-js server; disposing the result stops it.</summary>
    public static async Task<NodeServer> StartServerAsync()
    {
        await EnsureInstalledAsync();
        return await NodeServer.StartAsync(InteropDirectory, ProtoRoot);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (_installed || Directory.Exists(Path.Combine(InteropDirectory, "node_modules", "@grpc", "grpc-js")))
            {
                _installed = true;
                return;
            }

            var (exitCode, _, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {InteropDirectory} failed ({exitCode}): {error}");
            }

            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = InteropDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"The Node.js interop tests need '{program}' on PATH (Debian: apt-get install nodejs npm): {ex.Message}", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}.");
            }

            return (process.ExitCode, await output, await error);
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
