using AltSeason.Cli.Tests.Support;

namespace AltSeason.Cli.Tests.Commands;

public sealed class EndpointTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Theory]
    [InlineData("score")]
    [InlineData("history", "--from", "2026-01-01", "--to", "2026-01-31")]
    [InlineData("explain", "2026-01-05")]
    [InlineData("audit", "verify")]
    public async Task An_unreachable_platform_names_the_endpoint_and_how_to_start_it(params string[] command)
    {
        var address = ClosedPort.Address();

        var result = await CliRunner.RunAsync(NoEnvironment, [.. command, "--endpoint", address.ToString(), "--json"]);

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.Contains(address.ToString(), result.Error);
        Assert.Contains("./run.sh", result.Error);
        Assert.Equal(address.ToString(), result.Json["error"]!["endpoint"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_environment_contract_is_used_when_no_endpoint_is_given()
    {
        var address = ClosedPort.Address();
        var environment = new Dictionary<string, string> { ["services__ingestion__grpc__0"] = address.ToString() };
        using var folder = new TempFolder();
        var file = folder.Write("a.csv", "x\n1\n");

        var result = await CliRunner.RunAsync(environment, "ingest", file);

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.Contains($"ingestion service at {address}", result.Error);
    }

    [Fact]
    public async Task Without_an_endpoint_the_error_names_the_variable_to_set()
    {
        var result = await CliRunner.RunAsync(NoEnvironment, "score");

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.Contains("services__scoring__grpc__0", result.Error);
        Assert.Contains("./run.sh", result.Error);
    }

    [Theory]
    [InlineData("localhost:5000")]
    [InlineData("ftp://example.com")]
    [InlineData("not a url")]
    public async Task A_malformed_endpoint_is_a_usage_error(string endpoint)
    {
        var result = await CliRunner.RunAsync(NoEnvironment, "score", "--endpoint", endpoint);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"'{endpoint}'", result.Error);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(NoEnvironment, "scores");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("scores", result.Error);
    }
}
