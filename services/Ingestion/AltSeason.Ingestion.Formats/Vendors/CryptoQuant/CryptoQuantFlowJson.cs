using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Json;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Vendors.CryptoQuant;

/// <summary>
/// CryptoQuant exchange flows as JSON: <c>{"status":…, "result":{"window":"DAY","data":[{date, netflow_total,
/// inflow_total, outflow_total}]}}</c> (a bare list is accepted too). The token comes from the file name or override.
/// </summary>
sealed class CryptoQuantFlowJson : IFormatParser
{
    static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "result", "data" };

    public Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken)
    {
        var series = SeriesNames.Netflow(InstrumentNames.LeadingWord(context.FileName));
        return JsonRecords.ForEachAsync(new JsonPullReader(content, context), context, Wrappers, (values, line) =>
        {
            var record = new JsonRecord(values, context, line);
            var time = record.Has("datetime") && !record.Has(ExchangeFlowColumns.Date)
                ? record.Time("datetime")
                : record.Time(ExchangeFlowColumns.Date);
            var netflow = record.Number(ExchangeFlowColumns.Netflow, Fields.Netflow);
            var inflow = record.Number(ExchangeFlowColumns.Inflow, Fields.Inflow);
            var outflow = record.Number(ExchangeFlowColumns.Outflow, Fields.Outflow);
            if (!record.Ok) return;

            FieldValue[] row =
            [
                new(Fields.Netflow, netflow!.Value), new(Fields.Inflow, inflow!.Value), new(Fields.Outflow, outflow!.Value),
            ];
            if (RowChecks.Find(row) is { } rowError) context.Error(line, null, rowError);
            else if (context.Rows.AddRow(series, Timestamps.Apply(time!.Value, TimestampRule.AsGiven), line, row) is { } conflict)
                context.Error(line, null, conflict);
        }, cancellationToken);
    }
}
