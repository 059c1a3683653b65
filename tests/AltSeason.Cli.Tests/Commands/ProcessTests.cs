using System.Diagnostics;
using System.Text.Json.Nodes;
using AltSeason.Cli.Tests.Support;
using AltSeason.TestPlatform;

namespace AltSeason.Cli.Tests.Commands;

/// <summary>The real <c>altseason</c> executable as a child process: environment, stdout, stderr and exit code.</summary>
public sealed class ProcessTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task The_executable_prints_json_and_exits_zero_against_the_platform()
    {
        var result = await RunAsync(platform.Host.Environment, "score", "--as-of", "2026-01-08", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(TestData.Score(3).ScorePoints, JsonNode.Parse(result.Output)!["scorePoints"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task The_executable_exits_with_the_unreachable_code_when_nothing_listens()
    {
        var address = ClosedPort.Address();
        var environment = new Dictionary<string, string> { ["services__scoring__grpc__0"] = address.ToString() };

        var result = await RunAsync(environment, "score");

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.Contains(address.ToString(), result.Error);
    }

    private static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "altseason.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("services__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
