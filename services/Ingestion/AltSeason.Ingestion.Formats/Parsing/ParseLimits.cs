namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>Upper bounds that keep one upload from exhausting the service.</summary>
/// <param name="MaxRows">Data rows (CSV lines, JSON records or points) a file may hold.</param>
/// <param name="MaxBytes">Bytes read from the stream before the file is rejected.</param>
/// <param name="MaxErrors">Errors collected before parsing stops; enough to fix a file in one go.</param>
public sealed record ParseLimits(int MaxRows = 5_000_000, long MaxBytes = 512L * 1024 * 1024, int MaxErrors = 100)
{
    public static ParseLimits Default { get; } = new();
}
