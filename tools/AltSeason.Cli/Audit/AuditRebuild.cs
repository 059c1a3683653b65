using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using Spectre.Console;

namespace AltSeason.Cli.Audit;

/// <summary>
/// <c>audit rebuild [--service S]</c>: the service recomputes its read-model tables from its events in one transaction
/// (needs a token with <c>admin</c>) and reports the events applied and each table's rows before and after.
/// </summary>
public static class AuditRebuild
{
    public const string Method = AuditClient.Service + "/Rebuild";

    public static Command Create(CliContext context, GlobalOptions options, Option<string> service)
    {
        var command = new Command("rebuild", "Rebuild the service's read models from its events (needs scope admin)");
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            using var connection = run.Connect(run.Get(service)!);
            // Not idempotent for retries: a rebuild that timed out may still be running and holds the writers back.
            var report = await connection.CallAsync(o => connection.Client.UnaryAsync<RebuildRequest, RebuildReport>(Method, new RebuildRequest(), o), ct);
            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToNode(report));
                return ExitCodes.Success;
            }

            var table = new Table().Title($"{Markup.Escape(connection.Service)}: {report.EventsApplied} event(s) re-applied")
                .AddColumns("Table", "Rows before", "Rows after");
            foreach (var t in report.Tables)
            {
                table.AddRow(Markup.Escape(t.Name), t.RowsBefore.ToString(), t.RowsAfter.ToString());
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
