namespace AltSeason.OnChain.Tests.Support;

/// <summary>Reads the reference CSVs (comma-separated, header row, no quoting) without the Ingestion parsers.</summary>
internal static class TinyCsv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(cells => header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : "")).ToDictionary(x => x.h, x => x.v))
            .ToList();
    }
}
