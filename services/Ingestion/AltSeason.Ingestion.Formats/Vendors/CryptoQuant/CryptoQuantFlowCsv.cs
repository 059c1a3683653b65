using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.CryptoQuant;

/// <summary>
/// CryptoQuant exchange flows as CSV: <c>date,netflow_total,inflow_total,outflow_total</c> in the token's native units.
/// The token comes from the file name (<c>eth_exchange_flows.csv</c> → <c>onchain/netflow/eth</c>) or the series override.
/// </summary>
static class CryptoQuantFlowCsv
{
    public static IFormatParser Parser { get; } = new CsvTableParser(',', (context, _, _) => new CsvLayout(
        "date", null, TimestampRule.AsGiven,
        [
            new(ExchangeFlowColumns.Netflow, Fields.Netflow),
            new(ExchangeFlowColumns.Inflow, Fields.Inflow),
            new(ExchangeFlowColumns.Outflow, Fields.Outflow),
        ],
        SeriesNames.Netflow(InstrumentNames.LeadingWord(context.FileName)),
        []));
}
