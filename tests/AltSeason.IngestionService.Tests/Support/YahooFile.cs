using System.Globalization;
using System.Text;

namespace AltSeason.IngestionService.Tests.Support;

/// <summary>Small Yahoo Finance downloads written by hand, so every expected value is known without the parser.</summary>
public static class YahooFile
{
    public const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    /// <summary>
    /// Sessions 2026-01-05.. (weekdays) with base price p = 2500 + i: open p - 1, high p + 2, low p - 3, volume 1000 + i,
    /// and close p unless <paramref name="close"/> revises it.
    /// </summary>
    public static byte[] Bars(int sessions, Func<int, double>? close = null)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (date, i) in Sessions(sessions).Select((d, i) => (d, i)))
        {
            var p = 2500 + i;
            var c = close?.Invoke(i) ?? p;
            text.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{p - 1},{p + 2},{p - 3},{c},{c},{1000 + i}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static IReadOnlyList<DateOnly> Sessions(int count)
    {
        var dates = new List<DateOnly>();
        for (var d = new DateOnly(2026, 1, 5); dates.Count < count; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) dates.Add(d);
        return dates;
    }

    public static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
