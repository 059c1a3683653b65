namespace AltSeason.Scoring.Dashboard;

/// <summary>An inclusive range of market dates; <see cref="All"/> when the page asks for everything.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public static DateRange All { get; } = new(new DateOnly(1900, 1, 1), new DateOnly(9999, 12, 31));

    /// <summary>Reads <c>?from=&amp;to=</c>; an error names the parameter and the text it could not read.</summary>
    public static bool TryParse(string? from, string? to, out DateRange range, out string? error)
    {
        range = All;
        error = null;
        var start = All.From;
        var end = All.To;
        if (!string.IsNullOrEmpty(from) && !DashboardDates.TryParse(from, out start))
        {
            error = $"from '{from}' is not a date; use YYYY-MM-DD.";
        }
        else if (!string.IsNullOrEmpty(to) && !DashboardDates.TryParse(to, out end))
        {
            error = $"to '{to}' is not a date; use YYYY-MM-DD.";
        }
        else if (start > end)
        {
            error = $"from {start:yyyy-MM-dd} is after to {end:yyyy-MM-dd}.";
        }
        else
        {
            range = new DateRange(start, end);
        }

        return error is null;
    }
}
