using System.Globalization;
using AltSeason.Contracts.V1;
using Spectre.Console;

namespace AltSeason.Cli.Scores;

/// <summary>
/// The score history as a terminal bar chart, one bar per date coloured by regime. Long ranges are thinned to
/// evenly spaced dates (always keeping the last) so the chart fits a screen.
/// </summary>
public static class ScoreChart
{
    public const int MaxBars = 40;

    public static void Render(IAnsiConsole console, IReadOnlyList<ScoreEvaluation> scores)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            console.MarkupLine("[yellow]No scores in this range.[/]");
            return;
        }

        var shown = Thin(scores, MaxBars);
        var chart = new BarChart()
            .Label($"[bold]AltSeason score[/], {Dates.Format(scores[0].AsOf)} to {Dates.Format(scores[^1].AsOf)}"
                + (shown.Count < scores.Count ? $" ({shown.Count} of {scores.Count} dates shown)" : ""))
            .WithMaxValue(100)
            .Width(Math.Min(100, console.Profile.Width));
        foreach (var s in shown)
        {
            chart.AddItem(Dates.Format(s.AsOf), Math.Round(s.ScorePoints, 1), Color(s.Regime));
        }

        console.Write(chart);
        var points = scores.Select(s => s.ScorePoints).ToList();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{scores.Count} dates, min {points.Min():0.#}, max {points.Max():0.#}, last {points[^1]:0.#} ({RegimeStyle.Label(scores[^1].Regime)}).");
        console.WriteLine(summary + " Bands: ≥ 75 altcoin season, 50–74 building, 26–49 neutral, ≤ 25 bitcoin season.");
    }

    public static IReadOnlyList<T> Thin<T>(IReadOnlyList<T> items, int max)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count <= max)
        {
            return items;
        }

        // Evenly spaced indexes from the first to the last item, both included.
        return Enumerable.Range(0, max).Select(i => items[(int)Math.Round(i * (items.Count - 1) / (double)(max - 1))]).ToList();
    }

    private static Color Color(string regime) => regime switch
    {
        "altcoin_season" => Spectre.Console.Color.Green,
        "building" => Spectre.Console.Color.Chartreuse3,
        "neutral" => Spectre.Console.Color.Yellow,
        "bitcoin_season" => Spectre.Console.Color.Orange1,
        _ => Spectre.Console.Color.Grey,
    };
}
