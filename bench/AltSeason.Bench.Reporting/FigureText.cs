using System.Globalization;

namespace AltSeason.Bench.Reporting;

/// <summary>How a figure reads on the console and in the Markdown report.</summary>
public static class FigureText
{
    public static string Number(double value) => value switch
    {
        double.NaN => "n/a",
        _ when double.IsInfinity(value) => value > 0 ? "∞" : "-∞",
        _ when Math.Abs(value) >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        _ when Math.Abs(value) >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };

    public static string Ratio(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        // Two significant digits at least, so a tiny share (gRPC at 0.4% of raw) does not print as 0.00.
        return figure.Ratio is { } r ? r.ToString(r >= 10 ? "0.0" : r >= 0.1 ? "0.00" : "G2", CultureInfo.InvariantCulture) + "×" : "";
    }

    public static string Goal(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Goal is null ? "" : $"{(figure.GoalMet == true ? "met" : "MISSED")}: {figure.Goal}";
    }

    public static string Line(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var text = $"{figure.Name}: {Number(figure.Value)} {figure.Unit}";
        if (figure.BaselineValue is { } b) text += $" | baseline {figure.Baseline}: {Number(b)} | ratio {Ratio(figure)}";
        if (figure.Goal is not null) text += $" | {Goal(figure)}";
        if (figure.Note is not null) text += $" ({figure.Note})";
        return text;
    }
}
