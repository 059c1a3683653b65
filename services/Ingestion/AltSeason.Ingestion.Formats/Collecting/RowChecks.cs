namespace AltSeason.Ingestion.Formats.Collecting;

/// <summary>Checks across the fields of one row that no single value can fail on its own.</summary>
static class RowChecks
{
    public static string? Find(IReadOnlyList<FieldValue> row)
    {
        double? Get(string field)
        {
            foreach (var v in row)
                if (v.Field == field) return v.Value;
            return null;
        }

        if (Get(Fields.High) is { } high && Get(Fields.Low) is { } low && high < low)
            return $"high {high} is below low {low}";

        if (Get(Fields.Inflow) is { } inflow && Get(Fields.Outflow) is { } outflow && Get(Fields.Netflow) is { } netflow)
        {
            // Vendors round each column separately, so allow the rounding of the larger flow.
            var tolerance = Math.Max(1e-6 * Math.Max(inflow, outflow), 1e-3);
            if (Math.Abs(netflow - (inflow - outflow)) > tolerance)
                return $"netflow {netflow} is not inflow {inflow} minus outflow {outflow}";
        }
        return null;
    }
}
