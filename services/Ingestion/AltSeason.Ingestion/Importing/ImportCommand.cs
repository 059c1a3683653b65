namespace AltSeason.Ingestion.Importing;

/// <summary>
/// What a caller asks for, whichever route it came by. <paramref name="ColumnMapping"/> maps platform names to the
/// file's columns (see <see cref="ColumnMappingRequest"/>); empty strings mean "not given".
/// </summary>
public sealed record ImportCommand(
    string FileName,
    string? Format = null,
    IReadOnlyDictionary<string, string>? ColumnMapping = null,
    string? Series = null)
{
    public static ImportCommand From(string? fileName, string? format, IReadOnlyDictionary<string, string>? mapping, string? series) =>
        new(string.IsNullOrWhiteSpace(fileName) ? "payload" : fileName.Trim(),
            string.IsNullOrWhiteSpace(format) ? null : format.Trim(),
            mapping is { Count: > 0 } ? mapping : null,
            string.IsNullOrWhiteSpace(series) ? null : series.Trim());
}
