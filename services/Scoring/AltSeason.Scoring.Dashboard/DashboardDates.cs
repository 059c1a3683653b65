using System.Globalization;
using AltSeason.Contracts.V1;

namespace AltSeason.Scoring.Dashboard;

/// <summary>Dates in the dashboard's JSON and URLs: ISO <c>YYYY-MM-DD</c> text.</summary>
internal static class DashboardDates
{
    public static string Format(Date? date) => date is null ? "" : $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
