using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.Stooq;

/// <summary>
/// Stooq daily download (<c>^rut_d.csv</c>): <c>Date,Open,High,Low,Close,Volume</c>; indices may lack Volume.
/// Stooq answers an unknown symbol with "No data" or an HTML page, which fail as a missing header.
/// </summary>
static class StooqCsv
{
    public static IFormatParser Parser { get; } = new CsvTableParser(',', (context, _, _) => new CsvLayout(
        "Date", null, TimestampRule.AsGiven,
        [
            new(nameof(Fields.Open), Fields.Open), new(nameof(Fields.High), Fields.High),
            new(nameof(Fields.Low), Fields.Low), new(nameof(Fields.Close), Fields.Close),
            new(nameof(Fields.Volume), Fields.Volume, Required: false),
        ],
        InstrumentNames.EquityFromFile(context.FileName),
        []));
}
