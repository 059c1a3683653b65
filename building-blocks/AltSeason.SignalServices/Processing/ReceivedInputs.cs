using AltSeason.Contracts.Messages;
using AltSeason.SignalServices.Events;

namespace AltSeason.SignalServices.Processing;

/// <summary>Turns the rows of a <see cref="MarketDataIngested"/> that a family reads into its input events.</summary>
internal static class ReceivedInputs
{
    public static InputsReceived From(MarketDataIngested message, SeriesChange change) => new(
        change.Series, message.IngestionId, message.Source, message.FileName, message.ContentSha256,
        change.StreamId, change.StreamVersion, change.EventSha256,
        [.. change.Fields.GroupBy(f => f.Field, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(Column)]);

    // One value per instant (the last one given wins), in UTC and time order, so the stored copy is canonical.
    static InputColumn Column(IGrouping<string, FieldColumn> columns)
    {
        var byInstant = new SortedDictionary<DateTimeOffset, double>();
        foreach (var column in columns)
        {
            if (column.Timestamps.Count != column.Values.Count)
                throw new ArgumentException(
                    $"Field '{column.Field}' has {column.Timestamps.Count} timestamps but {column.Values.Count} values.", nameof(columns));
            for (var i = 0; i < column.Timestamps.Count; i++) byInstant[ToMicroseconds(column.Timestamps[i])] = column.Values[i];
        }
        return new InputColumn(columns.Key, [.. byInstant.Keys], [.. byInstant.Values]);
    }

    // PostgreSQL keeps microseconds: trim finer ticks so the stored event and the inputs table agree exactly.
    static DateTimeOffset ToMicroseconds(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }
}
