using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Vendors.CoinMarketCap;

/// <summary>
/// CoinMarketCap global-metrics columns (<c>total_market_cap</c>, <c>btc_dominance</c>, … and the snapshot time in
/// <c>date</c>), comma- or semicolon-separated. See <see cref="ColumnMappingPresets.CoinMarketCapGlobal"/> for the date rule.
/// </summary>
static class CoinMarketCapGlobalMetricsCsv
{
    public static IFormatParser Parser { get; } = MappedCsv.For(_ => ColumnMappingPresets.CoinMarketCapGlobal);
}
