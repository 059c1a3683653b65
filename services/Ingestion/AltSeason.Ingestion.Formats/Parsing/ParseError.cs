namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>One reason a file was rejected, pointing at the line (1-based) and, when known, the column.</summary>
public sealed record ParseError(string FileName, int Line, string? Column, string Reason)
{
    public override string ToString() =>
        Column is null ? $"{FileName}:{Line}: {Reason}" : $"{FileName}:{Line}: {Column}: {Reason}";
}
