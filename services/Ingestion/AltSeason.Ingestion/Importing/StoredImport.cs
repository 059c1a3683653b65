namespace AltSeason.Ingestion.Importing;

/// <summary>What one accepted import wrote: one event per series that changed (none when everything was known).</summary>
public sealed record StoredImport(Guid IngestionId, IReadOnlyList<StoredSeries> Series)
{
    public bool IsDuplicate => Series.Count == 0;
}

/// <summary>The event written for one series: where it is, its chain hash, and how many rows it holds.</summary>
public sealed record StoredSeries(string Series, string StreamId, long Version, string EventSha256, int Rows);
