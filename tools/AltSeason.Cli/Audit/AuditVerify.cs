using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using Spectre.Console;

namespace AltSeason.Cli.Audit;

/// <summary><c>audit verify [--stream ID]</c>: walk the hash chain; exit code 6 when a link is broken.</summary>
public static class AuditVerify
{
    public static Command Create(CliContext context, GlobalOptions options, Option<string> service)
    {
        var stream = new Option<string?>("--stream") { Description = "Stream to check; default: every stream of the service" };
        var command = new Command("verify", "Check that every event's hash matches its data and chains to the previous one") { stream };
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            using var connection = run.Connect(run.Get(service)!);
            var client = new AuditClient(connection.Client);
            var report = await connection.CallAsync(o => client.VerifyAsync(new VerifyRequest { StreamId = run.Get(stream) ?? "" }, o), ct);
            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToNode(report));
            }
            else if (report.Ok)
            {
                context.Console.MarkupLine($"[green]Hash chain intact:[/] {report.StreamsChecked} stream(s), {report.EventsChecked} event(s).");
            }
            else
            {
                var broken = report.FirstBroken;
                context.Console.MarkupLine($"[red]Hash chain broken[/] in {Markup.Escape(broken?.StreamId ?? "?")} at version {broken?.Version}: "
                    + Markup.Escape(broken?.Reason ?? "no reason given"));
            }

            return report.Ok ? ExitCodes.Success : ExitCodes.AuditMismatch;
        });
        return command;
    }
}
