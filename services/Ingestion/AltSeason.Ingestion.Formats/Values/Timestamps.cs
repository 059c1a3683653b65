using System.Globalization;

namespace AltSeason.Ingestion.Formats.Values;

/// <summary>Reads the date and time spellings vendors use: ISO dates, ISO instants, and Unix seconds or milliseconds.</summary>
public static class Timestamps
{
    /// <summary>Unix numbers below this are seconds, above milliseconds: 1e11 s is the year 5138, 1e11 ms is 1973.</summary>
    const double MillisecondThreshold = 1e11;

    /// <summary>Format names accepted besides .NET custom date formats such as <c>dd.MM.yyyy</c>.</summary>
    public const string UnixSeconds = "unix-s";
    public const string UnixMilliseconds = "unix-ms";

    static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Parses <paramref name="text"/>; a null <paramref name="format"/> accepts ISO text or a Unix number.</summary>
    /// <returns>Null on success, else why the text is not a usable time.</returns>
    public static string? TryParse(ReadOnlySpan<char> text, string? format, out DateTimeOffset time)
    {
        time = default;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty) return "the date is empty";

        bool ok;
        if (format is UnixSeconds or UnixMilliseconds)
        {
            ok = double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                 && TryFromUnix(number, format == UnixMilliseconds, out time);
        }
        else if (format is not null)
        {
            ok = DateTime.TryParseExact(trimmed, format, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed);
            time = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        }
        else ok = TryParseAuto(trimmed, out time);

        if (!ok)
            return format is null
                ? $"'{Numbers.Shorten(trimmed)}' is not a date (expected yyyy-MM-dd, an ISO time or Unix seconds/milliseconds)"
                : $"'{Numbers.Shorten(trimmed)}' does not match the date format '{format}'";
        if (time < Earliest || time >= Latest)
            return $"'{Numbers.Shorten(trimmed)}' is outside the years 1900..2199";
        return null;
    }

    /// <summary>A Unix time in seconds or milliseconds, told apart by size.</summary>
    public static bool TryFromUnix(double number, out DateTimeOffset time) =>
        TryFromUnix(number, Math.Abs(number) >= MillisecondThreshold, out time);

    public static DateTimeOffset Apply(DateTimeOffset time, TimestampRule rule) => rule switch
    {
        TimestampRule.UtcCalendarDate => Midnight(time),
        TimestampRule.SnapshotOfPreviousClose => Midnight(time.AddHours(-12)),
        _ => time,
    };

    public static DateTimeOffset Midnight(DateTimeOffset time) =>
        new(time.UtcDateTime.Date, TimeSpan.Zero);

    static bool TryParseAuto(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date))
        {
            time = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        if (IsAllDigits(text))
        {
            time = default;
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && TryFromUnix(n, out time);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time);
    }

    static bool TryFromUnix(double number, bool milliseconds, out DateTimeOffset time)
    {
        time = default;
        var ms = milliseconds ? number : number * 1000;
        if (double.IsNaN(ms) || ms < -2_208_988_800_000d || ms > 7_258_118_400_000d) return false;
        time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(ms));
        return true;
    }

    static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
