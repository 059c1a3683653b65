namespace AltSeason.EventStore.Projections;

/// <summary>
/// What <see cref="InlineProjectionRebuild.RebuildInlineProjectionsAsync"/> rebuilds: every table the store's inline
/// projections write (all of them: the projections are re-applied together, so a table left out would be written twice).
/// </summary>
/// <param name="Tables">Table names inside the store's schema, e.g. <c>["components", "scores"]</c>.</param>
/// <param name="WriterLock">
/// The name of the transaction-scoped advisory lock (<c>pg_advisory_xact_lock(hashtext(name))</c>) the service's
/// writers already take, if any; the rebuild takes it first, in the writers' order, so a writer never acts on rows it
/// read before the rebuild.
/// </param>
public sealed record InlineRebuildOptions(IReadOnlyList<string> Tables, string? WriterLock = null);
