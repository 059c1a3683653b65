using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;

namespace AltSeason.Cli.Audit;

/// <summary>
/// <c>audit as-of (--stream ID | --family F --date D) [--known-at INSTANT]</c>: the event that was current at an instant.
/// </summary>
public static class AuditAsOf
{
    public static Command Create(CliContext context, GlobalOptions options, Option<string> service)
    {
        var stream = new Option<string?>("--stream") { Description = "Stream id to read" };
        var family = new Option<string?>("--family") { Description = "Signal family (equities, derivatives, onchain) or score; use with --date" };
        var date = DateInput.Option("--date", "Market date; use with --family");
        var knownAt = DateInput.InstantOption("--known-at", "What was known at this instant; default: now");
        var command = new Command("as-of", "Show what was recorded for a stream or date as known at an instant") { stream, family, date, knownAt };
        command.Validators.Add(result =>
        {
            // Presence only: reading a value here would throw when it failed to parse, which is reported anyway.
            bool Given(System.CommandLine.Option option) => result.GetResult(option) is { Implicit: false };
            var byStream = Given(stream);
            var byDate = Given(family) || Given(date);
            if (byStream == byDate)
            {
                result.AddError("Give either --stream, or --family with --date.");
            }
            else if (byDate && !(Given(family) && Given(date)))
            {
                result.AddError("--family and --date go together.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            using var connection = run.Connect(run.Get(service)!);
            var client = new AuditClient(connection.Client);
            var request = new AsOfRequest { StreamId = run.Get(stream) ?? "", Family = run.Get(family) ?? "" };
            if (run.Get(date) is { } d)
            {
                request.AsOf = d.ToMessage();
            }

            if (run.Get(knownAt) is { } instant)
            {
                request.KnownAt = Timestamp.FromDateTimeOffset(instant);
            }

            var found = await connection.CallAsync(o => client.AsOfAsync(request, o), ct);
            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToNode(found));
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumns(2)
                .AddRow("Stream", Markup.Escape(found.StreamId))
                .AddRow("Version", found.Version.ToString())
                .AddRow("Type", Markup.Escape(found.EventType))
                .AddRow("Recorded (UTC)", AuditFormat.Instant(found.RecordedAt))
                .AddRow("SHA-256", found.Sha256)
                .AddRow("Previous", found.PreviousSha256.Length == 0 ? "-" : found.PreviousSha256);
            context.Console.Write(grid);
            context.Output.WriteLine(found.DataJson);
            return ExitCodes.Success;
        });
        return command;
    }
}
