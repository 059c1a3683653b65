namespace AltSeason.EventStore.Projections;

/// <summary>What a rebuild of the inline projections did: events re-applied, and each table's row count before and after.</summary>
public sealed record InlineRebuildResult(long EventsApplied, IReadOnlyList<RebuiltTable> Tables);

/// <summary>One read-model table of a rebuild.</summary>
public sealed record RebuiltTable(string Name, long RowsBefore, long RowsAfter);
