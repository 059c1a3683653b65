namespace AltSeason.Bench.Platform.Backfill;

/// <summary>One file to import, with the format to name (empty: let Ingestion detect it).</summary>
sealed record BackfillFile(string FileName, string Format, byte[] Content);
