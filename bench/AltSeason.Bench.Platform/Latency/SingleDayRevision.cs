using System.Globalization;
using System.Text;

namespace AltSeason.Bench.Platform.Latency;

/// <summary>
/// A one-row file that revises the last session's close of an equity CSV (the reference RUT.csv or the generated
/// Yahoo ^RUT.csv): the header, then the last row with its close moved by <c>change</c>. A new value is a revision,
/// so Equities re-evaluates that date and Scoring re-scores it.
/// </summary>
sealed record SingleDayRevision(string FileName, string Format, string Header, string[] LastRow, int CloseColumn, DateOnly Day)
{
    public static SingleDayRevision From(string fileName, string format, byte[] content)
    {
        var lines = Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0];
        var close = Array.FindIndex(header.Split(','), c => string.Equals(c.Trim(), "close", StringComparison.OrdinalIgnoreCase));
        if (close < 0) throw new InvalidOperationException($"{fileName} has no 'close' column: {header}");
        var last = lines.Skip(1).Select(l => l.Split(',')).Last(cells => cells.Length > close && double.TryParse(cells[close], CultureInfo.InvariantCulture, out _));
        var day = DateOnly.ParseExact(last[0][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new SingleDayRevision(fileName, format, header, last, close, day);
    }

    public byte[] Content(double change)
    {
        var row = (string[])LastRow.Clone();
        var close = double.Parse(row[CloseColumn], CultureInfo.InvariantCulture) * (1 + change);
        row[CloseColumn] = close.ToString("0.######", CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes(Header + "\n" + string.Join(',', row) + "\n");
    }
}
