using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Importing;

/// <summary>The parse result, the content hash, and what was stored (null when the file was rejected).</summary>
public sealed record ImportOutcome(ParseResult Parsed, string ContentSha256, StoredImport? Stored)
{
    public bool IsAccepted => Parsed.IsAccepted && Stored is not null;
}
