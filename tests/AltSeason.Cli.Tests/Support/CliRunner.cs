using System.Text.Json.Nodes;
using AltSeason.Cli;

namespace AltSeason.Cli.Tests.Support;

/// <summary>Runs the CLI in-process through <see cref="CliApp.RunAsync"/>, capturing both outputs.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name));
        var exitCode = await CliApp.RunAsync(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonNode Json => JsonNode.Parse(Output) ?? throw new InvalidOperationException("The output is JSON null.");

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
