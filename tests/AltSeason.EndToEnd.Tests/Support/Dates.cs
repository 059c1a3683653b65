using System.Globalization;
using AltSeason.Contracts.V1;

namespace AltSeason.EndToEnd.Tests.Support;

static class Dates
{
    public static Date Message(string isoDate)
    {
        var d = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Date { Year = d.Year, Month = d.Month, Day = d.Day };
    }

    public static string Iso(Date d) => $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}";

    /// <summary>The Russell 2000 sessions of a month, read from the reference file itself.</summary>
    public static List<string> Sessions(string path, string monthPrefix) =>
        File.ReadLines(path).Skip(1).Select(l => l.Split(',')[0]).Where(d => d.StartsWith(monthPrefix, StringComparison.Ordinal)).ToList();
}
