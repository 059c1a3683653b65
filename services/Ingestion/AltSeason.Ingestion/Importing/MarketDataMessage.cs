using AltSeason.Contracts.Messages;
using AltSeason.Ingestion.Observations;

namespace AltSeason.Ingestion.Importing;

/// <summary>Builds the one <see cref="MarketDataIngested"/> of an import from the events it appended.</summary>
public static class MarketDataMessage
{
    public static MarketDataIngested Build(Guid ingestionId, string fileName, string source, string contentSha256,
        DateTimeOffset recordedAt, IReadOnlyList<(ObservationsIngested Event, StoredSeries Stored)> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return new MarketDataIngested(ingestionId, fileName, source, contentSha256, recordedAt,
            [.. written.Select(w => Change(w.Event, w.Stored))]);
    }

    static SeriesChange Change(ObservationsIngested ingested, StoredSeries stored)
    {
        var times = ingested.Fields.SelectMany(f => f.Timestamps).ToArray();
        return new SeriesChange(ingested.Series, stored.StreamId, stored.Version, stored.EventSha256,
            DateOnly.FromDateTime(times.Min().UtcDateTime), DateOnly.FromDateTime(times.Max().UtcDateTime),
            [.. ingested.Fields.Select(f => new FieldColumn(f.Field, f.Timestamps, f.Values))]);
    }
}
