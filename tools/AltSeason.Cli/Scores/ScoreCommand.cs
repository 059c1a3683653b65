using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;

namespace AltSeason.Cli.Scores;

/// <summary><c>altseason score [--as-of DATE] [--model VERSION]</c>: one composite score with its components.</summary>
public static class ScoreCommand
{
    public static Command Create(CliContext context, GlobalOptions options)
    {
        var asOf = DateInput.Option("--as-of", "Market date to show; default: the latest scored date");
        var model = ModelOption.Create();
        var command = new Command("score", "Show the composite score: components, weights and regime") { asOf, model };
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            using var connection = run.Connect(PlatformServices.Scoring);
            var client = new ScoringClient(connection.Client);
            var modelVersion = run.Get(model) ?? "";
            var evaluation = run.Get(asOf) is { } date
                ? await connection.CallAsync(o => client.GetScoreAsync(new GetScoreRequest { AsOf = date.ToMessage(), ModelVersion = modelVersion }, o), ct)
                : await LatestScore.FindAsync(connection, client, modelVersion, ct);

            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToNode(evaluation));
            }
            else
            {
                ScoreView.Render(context.Console, evaluation);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
