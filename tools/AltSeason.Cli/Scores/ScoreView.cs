using System.Globalization;
using AltSeason.Contracts.V1;
using Spectre.Console;

namespace AltSeason.Cli.Scores;

/// <summary>Renders one score: headline, components table (weights, sub-scores, contributions) and explanation.</summary>
public static class ScoreView
{
    public static void Render(IAnsiConsole console, ScoreEvaluation score)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(score);
        console.MarkupLine($"[bold]AltSeason score {Dates.Format(score.AsOf)}[/]: [bold]{Number(score.ScorePoints)}[/] / 100, "
            + $"regime [{RegimeStyle.Color(score.Regime)}]{Markup.Escape(RegimeStyle.Label(score.Regime))}[/], model {Markup.Escape(score.ModelVersion)}");

        var table = new Table().Title("Components").AddColumns("Component", "Weight %", "Effective %", "Sub-score", "Contribution", "Present");
        foreach (var c in score.Components)
        {
            table.AddRow(Markup.Escape(c.Name), Number(c.WeightPercent), Number(c.EffectiveWeightPercent),
                c.Present ? Number(c.SubScorePoints) : "-", Number(c.SubScorePoints * c.EffectiveWeightPercent / 100),
                c.Present ? "yes" : "[yellow]missing[/]");
        }

        console.Write(table);
        if (score.MissingComponents.Count > 0)
        {
            console.MarkupLine($"[yellow]Missing:[/] {Markup.Escape(string.Join(", ", score.MissingComponents))} (their weight was shared among the others)");
        }

        if (score.Explanation.Length > 0)
        {
            console.WriteLine(score.Explanation);
        }
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
