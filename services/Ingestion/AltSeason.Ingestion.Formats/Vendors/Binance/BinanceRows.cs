using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Vendors.Binance;

/// <summary>Hands a validated Binance record to the collector, reporting a conflicting duplicate.</summary>
static class BinanceRows
{
    public static void Add(ParseContext context, string series, DateTimeOffset time, int line, IReadOnlyList<FieldValue> values)
    {
        if (RowChecks.Find(values) is { } rowError) context.Error(line, null, rowError);
        else if (context.Rows.AddRow(series, time, line, values) is { } conflict) context.Error(line, null, conflict);
    }
}
