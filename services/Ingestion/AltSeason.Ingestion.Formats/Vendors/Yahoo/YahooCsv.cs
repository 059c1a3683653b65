using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.Yahoo;

/// <summary>
/// Yahoo Finance download: <c>Date,Open,High,Low,Close,Adj Close,Volume</c>. Yahoo writes <c>null</c> for days it has
/// no bar; such cells are left out. The instrument comes from the file name (<c>^RUT.csv</c>) or the series override.
/// </summary>
static class YahooCsv
{
    public static IFormatParser Parser { get; } = new CsvTableParser(',', (context, _, _) => new CsvLayout(
        "Date", null, TimestampRule.AsGiven,
        [
            new(nameof(Fields.Open), Fields.Open), new(nameof(Fields.High), Fields.High),
            new(nameof(Fields.Low), Fields.Low), new(nameof(Fields.Close), Fields.Close),
            new(nameof(Fields.Volume), Fields.Volume, Required: false),
        ],
        InstrumentNames.EquityFromFile(context.FileName),
        ["null"]));
}
