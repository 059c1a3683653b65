using AltSeason.TimeSeries;

namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>
/// A file is accepted whole or rejected whole: either <see cref="Batches"/> holds everything it gave,
/// or <see cref="Errors"/> says everything that was wrong (up to <see cref="ParseLimits.MaxErrors"/>).
/// </summary>
/// <param name="RowCount">Data rows read (CSV lines, JSON records or points), identical duplicates included.</param>
/// <param name="ErrorsTruncated">True when parsing stopped at the error cap, so more problems may follow.</param>
public sealed record ParseResult(
    string FileName,
    string? Format,
    IReadOnlyList<SeriesBatch> Batches,
    int RowCount,
    IReadOnlyList<ParseError> Errors,
    bool ErrorsTruncated = false)
{
    public bool IsAccepted => Errors.Count == 0;

    public static ParseResult Rejected(string fileName, string? format, params ParseError[] errors) =>
        new(fileName, format, [], 0, errors);

    public override string ToString() => IsAccepted
        ? $"{FileName}: accepted {RowCount} rows in {Batches.Count} series ({Format})"
        : string.Join(Environment.NewLine, Errors);
}
