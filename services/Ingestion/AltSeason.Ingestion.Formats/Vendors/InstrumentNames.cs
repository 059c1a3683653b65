using System.Text;

namespace AltSeason.Ingestion.Formats.Vendors;

/// <summary>Turns vendor symbols and file names (<c>^GSPC.csv</c>, <c>^rut_d.csv</c>, <c>bitcoin.json</c>) into series names.</summary>
static class InstrumentNames
{
    static readonly Dictionary<string, string> EquityAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RUT"] = SeriesNames.Russell2000, ["^RUT"] = SeriesNames.Russell2000, ["RUT.INDX"] = SeriesNames.Russell2000,
        ["RU2000PR"] = SeriesNames.Russell2000, ["RUSSELL2000"] = SeriesNames.Russell2000,
        ["SPX"] = SeriesNames.SP500, ["^SPX"] = SeriesNames.SP500, ["^GSPC"] = SeriesNames.SP500, ["GSPC"] = SeriesNames.SP500,
        ["SP500"] = SeriesNames.SP500, ["GSPC.INDX"] = SeriesNames.SP500,
    };

    /// <summary>The series of an equity symbol; known index spellings map to the platform's two indices.</summary>
    public static string Equity(string symbol)
    {
        var trimmed = symbol.Trim();
        if (EquityAliases.TryGetValue(trimmed, out var known)) return known;
        return SeriesNames.Equity(Clean(trimmed.TrimStart('^')));
    }

    /// <summary>The equity series a file name names: <c>^GSPC.csv</c>, <c>^rut_d.csv</c> (Stooq), <c>RUT.csv</c>.</summary>
    public static string EquityFromFile(string fileName)
    {
        var stem = Stem(fileName);
        if (stem.EndsWith("_d", StringComparison.OrdinalIgnoreCase)) stem = stem[..^2];
        return Equity(stem);
    }

    /// <summary>The leading word of a file name: <c>bitcoin_market_chart.json</c> → <c>bitcoin</c>, <c>BTCUSDT-funding.json</c> → <c>btcusdt</c>.</summary>
    public static string LeadingWord(string fileName)
    {
        var stem = Stem(fileName);
        var cut = stem.IndexOfAny(['_', '.', ' ']);
        return Clean(cut > 0 ? stem[..cut] : stem);
    }

    /// <summary>The file name without folders or extension.</summary>
    public static string Stem(string fileName) =>
        Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);

    /// <summary>Keeps letters, digits, '-' and '.', lower-cased, so any name makes a valid path segment.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.') sb.Append(char.ToLowerInvariant(c));
        return sb.Length == 0 ? "unknown" : sb.ToString();
    }
}
