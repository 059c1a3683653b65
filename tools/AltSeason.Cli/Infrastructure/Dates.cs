using AltSeason.Contracts.V1;

namespace AltSeason.Cli;

public static class Dates
{
    public static string Format(Date? date) => date is null ? "?" : $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";
}
