namespace AltSeason.Ingestion.Formats.Vendors.CryptoQuant;

/// <summary>CryptoQuant's names for the exchange-flow columns, shared by its CSV and JSON.</summary>
static class ExchangeFlowColumns
{
    public const string Date = "date";
    public const string Netflow = "netflow_total";
    public const string Inflow = "inflow_total";
    public const string Outflow = "outflow_total";
}
