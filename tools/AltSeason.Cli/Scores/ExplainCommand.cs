using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using Spectre.Console;

namespace AltSeason.Cli.Scores;

/// <summary><c>altseason explain DATE [--model]</c>: how each component and signal made the score of a date.</summary>
public static class ExplainCommand
{
    public static Command Create(CliContext context, GlobalOptions options)
    {
        var date = DateInput.Argument("date", "Market date to explain");
        var model = ModelOption.Create();
        var command = new Command("explain", "Explain a date's score: each component's contribution and the signals behind it") { date, model };
        command.SetAction(async (parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            using var connection = run.Connect(PlatformServices.Scoring);
            var client = new ScoringClient(connection.Client);
            var request = new ExplainScoreRequest { AsOf = run.Get(date).ToMessage(), ModelVersion = run.Get(model) ?? "" };
            var explanation = await connection.CallAsync(o => client.ExplainScoreAsync(request, o), ct);
            if (run.Json)
            {
                JsonOutput.Write(context.Output, JsonOutput.ToNode(explanation));
            }
            else
            {
                Render(context.Console, explanation);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ScoreExplanation explanation)
    {
        ScoreView.Render(console, explanation.Evaluation);
        var contributions = new Table().Title("Contributions, largest first").AddColumns("Component", "Family", "Points", "Reason");
        foreach (var c in explanation.Contributions)
        {
            contributions.AddRow(Markup.Escape(c.Name), Markup.Escape(c.Family), ScoreView.Number(c.ContributionPoints), Markup.Escape(c.Reason));
        }

        console.Write(contributions);
        var inputs = new Table().Title("Signals behind each component").AddColumns("Component", "Signal", "Value", "Unit", "Note");
        foreach (var component in explanation.Evaluation.Components)
        {
            foreach (var input in component.Inputs)
            {
                inputs.AddRow(Markup.Escape(component.Name), Markup.Escape(input.Name),
                    input.HasValue ? input.Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : "-",
                    Markup.Escape(input.Unit), Markup.Escape(input.Text));
            }
        }

        console.Write(inputs);
    }
}
