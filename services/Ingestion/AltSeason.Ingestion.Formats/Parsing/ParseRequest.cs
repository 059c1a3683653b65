using AltSeason.Ingestion.Formats.Csv;

namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>What the caller knows about a file: its name, optionally its format and how to name the series.</summary>
public sealed record ParseRequest
{
    /// <summary>Shown in every error; some formats also take the instrument from it (<c>^RUT.csv</c>, <c>bitcoin.json</c>).</summary>
    public required string FileName { get; init; }

    /// <summary>One of <see cref="FormatIds"/>; null detects it from the file's name and first bytes.</summary>
    public string? Format { get; init; }

    /// <summary>Import any CSV by naming its columns; implies <see cref="FormatIds.MappedCsv"/> when no format is given.</summary>
    public ColumnMapping? ColumnMapping { get; init; }

    /// <summary>Platform series name for a single-series file, replacing the one taken from its name or content.</summary>
    public string? SeriesOverride { get; init; }

    public ParseLimits Limits { get; init; } = ParseLimits.Default;
}
