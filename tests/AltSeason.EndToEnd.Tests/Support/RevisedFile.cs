using System.Globalization;
using System.Text;

namespace AltSeason.EndToEnd.Tests.Support;

/// <summary>A copy of a daily-bars reference file with one session's close changed, as a vendor's correction would.</summary>
public static class RevisedFile
{
    public static byte[] WithClose(string path, string date, double factor)
    {
        var found = false;
        var lines = File.ReadAllLines(path).Select(line =>
        {
            if (!line.StartsWith(date + ",", StringComparison.Ordinal)) return line;
            found = true;
            var cells = line.Split(',');
            var close = double.Parse(cells[4], CultureInfo.InvariantCulture) * factor;
            cells[4] = close.ToString("0.00", CultureInfo.InvariantCulture);
            // Keep the bar consistent: the high must stay at or above the close.
            var high = double.Parse(cells[2], CultureInfo.InvariantCulture);
            if (close > high) cells[2] = cells[4];
            return string.Join(',', cells);
        }).ToList();
        if (!found) throw new ArgumentException($"{path} has no session {date}.");
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }
}
