using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using Spectre.Console;

namespace AltSeason.Cli.Audit;

/// <summary><c>audit replay [--prefix P]</c>: recompute recorded evaluations; exit code 6 when any differs.</summary>
public static class AuditReplay
{
    public static Command Create(CliContext context, GlobalOptions options, Option<string> service)
    {
        var prefix = new Option<string?>("--prefix") { Description = "Only streams whose id starts with this; default: all" };
        var command = new Command("replay", "Recompute evaluations from their recorded inputs and compare byte for byte") { prefix };
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            using var connection = run.Connect(run.Get(service)!);
            var client = new AuditClient(connection.Client);
            var report = await connection.CallAsync(o => client.ReplayAsync(new ReplayRequest { StreamPrefix = run.Get(prefix) ?? "" }, o), ct);
            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToNode(report));
            }
            else if (report.Differences == 0)
            {
                context.Console.MarkupLine($"[green]Replay matches:[/] {report.EventsReplayed} event(s) recomputed, no differences.");
            }
            else
            {
                var table = new Table().Title($"{report.Differences} difference(s) in {report.EventsReplayed} event(s)")
                    .AddColumns("Stream", "Version", "Field", "Recorded", "Recomputed");
                foreach (var d in report.Details)
                {
                    table.AddRow(Markup.Escape(d.StreamId), d.Version.ToString(), Markup.Escape(d.Field), Markup.Escape(d.Expected), Markup.Escape(d.Actual));
                }

                context.Console.Write(table);
            }

            return report.Differences == 0 ? ExitCodes.Success : ExitCodes.AuditMismatch;
        });
        return command;
    }
}
