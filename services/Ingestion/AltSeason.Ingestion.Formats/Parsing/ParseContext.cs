using AltSeason.Ingestion.Formats.Collecting;

namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>The state one parse shares between the reader, the format and the collector: errors, limits, rows.</summary>
sealed class ParseContext(ParseRequest request, string format)
{
    readonly List<ParseError> _errors = [];

    public ParseRequest Request => request;
    public string FileName => request.FileName;
    public string Format => format;
    public ObservationCollector Rows { get; } = new();
    public int RowCount { get; private set; }
    public bool ErrorsTruncated { get; private set; }
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Where the reader is, so errors raised below the reader (byte limit) still name a line.</summary>
    public int CurrentLine { get; set; } = 1;

    public void Error(int line, string? column, string reason)
    {
        _errors.Add(new ParseError(FileName, line, column, reason));
        if (_errors.Count >= request.Limits.MaxErrors)
        {
            ErrorsTruncated = true;
            throw new StopParsingException();
        }
    }

    /// <summary>Records an error that makes reading further pointless (missing columns, wrong shape).</summary>
    public StopParsingException Fatal(int line, string? column, string reason)
    {
        _errors.Add(new ParseError(FileName, line, column, reason));
        return new StopParsingException();
    }

    public void CountRow(int line)
    {
        RowCount++;
        if (RowCount > request.Limits.MaxRows)
            throw Fatal(line, null, $"the file has more than {request.Limits.MaxRows} data rows, the limit for one upload");
    }

    public ParseResult ToResult()
    {
        if (_errors.Count == 0 && RowCount == 0)
            _errors.Add(new ParseError(FileName, CurrentLine, null, "the file has no data rows"));
        if (_errors.Count > 0)
            return new ParseResult(FileName, Format, [], RowCount, _errors.ToArray(), ErrorsTruncated);

        var batches = Rows.ToBatches(Format);
        if (request.SeriesOverride is { } series)
        {
            if (batches.Count != 1)
                return ParseResult.Rejected(FileName, Format, new ParseError(FileName, 1, null,
                    $"a series override ('{series}') needs a single-series file, but this one holds {batches.Count} series"));
            batches = [batches[0] with { Series = series }];
        }
        return new ParseResult(FileName, Format, batches, RowCount, []);
    }
}
