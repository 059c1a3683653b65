using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.Fred;

/// <summary>
/// FRED download: <c>observation_date,SP500[,…]</c> (older files say <c>DATE</c>), one column per FRED series and
/// <c>.</c> for a missing value. Each column becomes the close of its series; FRED ids the platform does not know
/// need a series override (single-column files only).
/// </summary>
static class FredCsv
{
    public static IFormatParser Parser { get; } = new CsvTableParser(',', Layout);

    static CsvLayout Layout(ParseContext context, IReadOnlyList<string> header, int line)
    {
        var dateColumn = header.FirstOrDefault(h => h.Equals("observation_date", StringComparison.OrdinalIgnoreCase))
                         ?? header.FirstOrDefault(h => h.Equals("DATE", StringComparison.OrdinalIgnoreCase))
                         ?? throw context.Fatal(line, null, "missing column 'observation_date' (FRED's date column)");
        var valueColumns = header.Where(h => h != dateColumn && h.Length > 0).ToArray();
        if (valueColumns.Length == 0) throw context.Fatal(line, null, "the file has a date column but no series column");
        if (valueColumns.Length > 1 && context.Request.SeriesOverride is not null)
            throw context.Fatal(line, null, "a series override needs a FRED file with a single series column");

        var columns = valueColumns.Select(id => new CsvColumn(id, Fields.Close, Series: SeriesFor(context, id, line))).ToArray();
        return new CsvLayout(dateColumn, null, TimestampRule.AsGiven, columns, "", ["."]);
    }

    static string SeriesFor(ParseContext context, string fredId, int line)
    {
        if (context.Request.SeriesOverride is { } series) return series;
        var name = InstrumentNames.Equity(fredId);
        if (name is SeriesNames.Russell2000 or SeriesNames.SP500) return name;
        if (fredId.StartsWith("NASDAQ", StringComparison.OrdinalIgnoreCase) || fredId is "DJIA" or "WILL5000IND") return name;
        throw context.Fatal(line, fredId, $"FRED series '{fredId}' has no platform series; pass a series override naming one");
    }
}
