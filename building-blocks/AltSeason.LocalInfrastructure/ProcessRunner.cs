using System.Diagnostics;

namespace AltSeason.LocalInfrastructure;

/// <summary>Runs a short command to completion and fails with its output when it fails.</summary>
static class ProcessRunner
{
    public static async Task RunAsync(IReadOnlyList<string> command, CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command.Skip(1)) info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        using var process = Process.Start(info) ?? throw new LocalInfrastructureException($"Could not run {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new LocalInfrastructureException(
                $"'{string.Join(' ', command)}' failed with exit code {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }
    }

    /// <summary>Root cannot run initdb/postgres: run them as the <c>postgres</c> user the Debian package creates.</summary>
    public static IReadOnlyList<string> AsUser(string? user, params string[] command) =>
        user is null ? command : ["setpriv", $"--reuid={user}", $"--regid={user}", "--init-groups", "--", .. command];

    public static bool IsRoot => Environment.UserName == "root" || geteuid() == 0;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    static extern uint geteuid();
}
