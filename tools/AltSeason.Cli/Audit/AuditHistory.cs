using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using Spectre.Console;

namespace AltSeason.Cli.Audit;

/// <summary><c>audit history STREAM [--from-version N]</c>: every recorded event of a stream, oldest first.</summary>
public static class AuditHistory
{
    public static Command Create(CliContext context, GlobalOptions options, Option<string> service)
    {
        var stream = new Argument<string>("stream") { Description = "Stream id, e.g. score-v1-2026-01-20" };
        var fromVersion = new Option<long>("--from-version") { Description = "First version to show", DefaultValueFactory = _ => 1 };
        var command = new Command("history", "List a stream's events with their hashes") { stream, fromVersion };
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            using var connection = run.Connect(run.Get(service)!);
            var client = new AuditClient(connection.Client);
            var request = new HistoryRequest { StreamId = run.Get(stream)!, FromVersion = run.Get(fromVersion) };
            var events = await connection.CollectAsync(o => client.HistoryAsync(request, o), ct);
            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToArray(events));
                return ExitCodes.Success;
            }

            var table = new Table().Title($"Stream {Markup.Escape(request.StreamId)}")
                .AddColumns("Version", "Position", "Type", "Recorded (UTC)", "SHA-256", "Previous");
            foreach (var e in events)
            {
                table.AddRow(e.Version.ToString(), e.GlobalPosition.ToString(), Markup.Escape(e.EventType),
                    AuditFormat.Instant(e.RecordedAt), AuditFormat.Hash(e.Sha256), AuditFormat.Hash(e.PreviousSha256));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"{events.Count} event(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
