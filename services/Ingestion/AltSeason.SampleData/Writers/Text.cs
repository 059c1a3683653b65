using System.Globalization;
using System.Text;

namespace AltSeason.SampleData.Writers;

/// <summary>Invariant number and date spelling shared by the writers, so output is byte-identical everywhere.</summary>
static class Text
{
    public static string Number(double value, int decimals) =>
        Math.Round(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    public static string Fixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static long UnixMs(DateOnly date, int hour = 0) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>UTF-8 without a byte order mark and with '\n' line ends, as the vendors send.</summary>
    public static byte[] Bytes(StringBuilder text) => new UTF8Encoding(false).GetBytes(text.ToString());

    /// <summary>Significant digits for a price anywhere from 0.0001 to 100 000.</summary>
    public static string Price(double value) =>
        Number(value, value >= 1000 ? 2 : value >= 1 ? 4 : value >= 0.01 ? 6 : 10);
}
