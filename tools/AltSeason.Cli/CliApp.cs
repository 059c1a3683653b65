using System.CommandLine;
using AltSeason.Cli.Audit;
using AltSeason.Cli.Ingest;
using AltSeason.Cli.Scores;
using AltSeason.Cli.Tokens;

namespace AltSeason.Cli;

/// <summary>The <c>altseason</c> command line: builds the commands, runs one, and turns every failure into an exit code.</summary>
public static class CliApp
{
    public static RootCommand CreateRootCommand(CliContext context, GlobalOptions options)
    {
        var root = new RootCommand("altseason: a command-line client of the AltSeason platform's gRPC API");
        options.AddTo(root);
        root.Subcommands.Add(IngestCommand.Create(context, options));
        root.Subcommands.Add(ScoreCommand.Create(context, options));
        root.Subcommands.Add(HistoryCommand.Create(context, options));
        root.Subcommands.Add(ExplainCommand.Create(context, options));
        root.Subcommands.Add(AuditCommand.Create(context, options));
        root.Subcommands.Add(TokenCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new GlobalOptions();
        var parse = CreateRootCommand(context, options).Parse(args);
        var json = parse.GetValue(options.Json);
        if (parse.Errors.Count > 0)
        {
            return Fail(context, json, CliException.Usage(string.Join(" ", parse.Errors.Select(e => e.Message))
                + " Run `altseason --help` for usage."));
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                // Exceptions come back here, where they become messages and exit codes.
                EnableDefaultExceptionHandler = false,
            }, cancellationToken);
        }
        catch (CliException ex)
        {
            return Fail(context, json, ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(context, json, new CliException(ExitCodes.Failure, "Cancelled."));
        }
    }

    private static int Fail(CliContext context, bool json, CliException error)
    {
        if (json)
        {
            JsonOutput.Write(context.Output, JsonOutput.Error(error));
        }

        context.Error.WriteLine("error: " + error.Message);
        return error.ExitCode;
    }
}
