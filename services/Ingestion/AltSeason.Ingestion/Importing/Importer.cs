using AltSeason.Ingestion.Formats.Parsing;
using Microsoft.Extensions.Options;

namespace AltSeason.Ingestion.Importing;

/// <summary>
/// One import, whichever route it came by: stream the content through the parser (hashing and counting it on the
/// way), enforce the limits, and store the accepted file's new or revised rows. A rejected file stores nothing.
/// </summary>
public sealed class Importer(ObservationWriter writer, IOptions<IngestionOptions> options)
{
    // Parsing stops after this many errors; the report lists fewer (MaxReportedErrors) but counts them all.
    const int MaxParseErrors = 10_000;

    public async Task<ImportOutcome> ImportAsync(ImportCommand command, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(content);
        var limits = options.Value;
        var mapping = ColumnMappingRequest.ToMapping(command.ColumnMapping, command.Series);

        await using var metered = new MeteredStream(content, command.FileName, limits.MaxUploadBytes);
        var parsed = await Parsers.ParseAsync(metered, new ParseRequest
        {
            FileName = command.FileName,
            Format = command.Format,
            ColumnMapping = mapping,
            SeriesOverride = command.Series,
            // The metered stream trips first at the byte limit, with a typed error rather than a row error.
            Limits = new ParseLimits(limits.MaxRowsPerFile, limits.MaxUploadBytes + 1, MaxParseErrors),
        }, cancellationToken);
        var contentSha256 = await metered.FinishAsync(cancellationToken);

        // The parser counts the row that crossed the limit, so more rows than allowed means it stopped there.
        if (parsed.RowCount > limits.MaxRowsPerFile) throw ImportLimitExceededException.Rows(command.FileName, limits.MaxRowsPerFile);
        if (!parsed.IsAccepted) return new ImportOutcome(parsed, contentSha256, null);
        return new ImportOutcome(parsed, contentSha256, await writer.WriteAsync(parsed, contentSha256, cancellationToken));
    }
}
