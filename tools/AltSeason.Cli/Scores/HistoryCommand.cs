using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;

namespace AltSeason.Cli.Scores;

/// <summary><c>altseason history --from DATE --to DATE [--model]</c>: the score over a range, charted in the terminal.</summary>
public static class HistoryCommand
{
    public static Command Create(CliContext context, GlobalOptions options)
    {
        var from = DateInput.Option("--from", "First market date", required: true);
        var to = DateInput.Option("--to", "Last market date", required: true);
        var model = ModelOption.Create();
        var command = new Command("history", "Chart the score over a range of dates") { from, to, model };
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            if (run.Get(from) > run.Get(to))
            {
                throw CliException.Usage($"--from {run.Get(from):yyyy-MM-dd} is after --to {run.Get(to):yyyy-MM-dd}.");
            }

            using var connection = run.Connect(PlatformServices.Scoring);
            var client = new ScoringClient(connection.Client);
            var request = new ListScoresRequest
            {
                From = run.Get(from)!.Value.ToMessage(),
                To = run.Get(to)!.Value.ToMessage(),
                ModelVersion = run.Get(model) ?? "",
            };
            var scores = await connection.CollectAsync(o => client.ListScoresAsync(request, o), ct);
            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToArray(scores));
            }
            else
            {
                ScoreChart.Render(context.Console, scores);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
