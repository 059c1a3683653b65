using System.Globalization;

namespace AltSeason.Equities.Tests.Support;

/// <summary>A deliberately tiny CSV reader for the reference files (comma-separated, no quoted commas).</summary>
public sealed class CsvTable
{
    readonly Dictionary<string, int> _columns;
    readonly List<string[]> _rows;

    CsvTable(Dictionary<string, int> columns, List<string[]> rows) => (_columns, _rows) = (columns, rows);

    public static CsvTable Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var columns = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        return new CsvTable(columns, lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    public IEnumerable<string> Column(string name) => _rows.Select(r => r[_columns[name]]);

    public IEnumerable<(string Key, double Value)> Pairs(string key, string value) =>
        _rows.Select(r => (r[_columns[key]], double.Parse(r[_columns[value]], CultureInfo.InvariantCulture)));
}
