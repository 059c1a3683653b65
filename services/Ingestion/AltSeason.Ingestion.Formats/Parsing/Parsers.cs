using AltSeason.Ingestion.Formats.Detection;
using AltSeason.Ingestion.Formats.Reading;

namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>
/// The entry point: parses one uploaded file, streaming, into series batches, or rejects it whole with every
/// problem found (file, line, column, reason). Bad input never throws; only cancellation does.
/// </summary>
public static class Parsers
{
    public static IReadOnlyCollection<string> KnownFormats => FormatRegistry.Ids;

    public static async Task<ParseResult> ParseAsync(Stream content, ParseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(request);
        var file = request.FileName;
        ParseResult Reject(string? format, int line, string reason) =>
            ParseResult.Rejected(file, format, new ParseError(file, line, null, reason));

        if (request.SeriesOverride is { } series && !SeriesNamePattern.IsValid(series))
            return Reject(request.Format, 1, $"series override '{series}' is not a platform series name (like 'equity/rut')");

        var input = new HeadThenRestStream(content, request.Limits.MaxBytes);
        byte[] head;
        try
        {
            head = await input.PeekAsync(FormatDetector.HeadLength, cancellationToken);
        }
        catch (InputTooLargeException)
        {
            return Reject(request.Format, 1, $"the file is larger than the limit of {request.Limits.MaxBytes} bytes");
        }

        var format = request.Format
                     ?? (request.ColumnMapping is not null ? FormatIds.MappedCsv : FormatDetector.Detect(file, head));
        if (ContentSniffing.IsBlank(head)) return Reject(format, 1, "the file is empty");
        if (ContentSniffing.LooksLikeHtml(head))
            return Reject(format, 1, "this is an HTML page, not data: the vendor probably sent an error page instead of the file");
        if (format is null)
            return Reject(null, 1, $"the format was not recognised; name it (one of {string.Join(", ", KnownFormats.Order())})");
        if (FormatRegistry.Find(format) is not { } parser)
            return Reject(format, 1, $"unknown format '{format}'; known formats: {string.Join(", ", KnownFormats.Order())}");

        var context = new ParseContext(request, format);
        try
        {
            await parser.ParseAsync(input, context, cancellationToken);
        }
        catch (StopParsingException)
        {
            // The errors are already in the context.
        }
        catch (InputTooLargeException ex)
        {
            context.Fatal(context.CurrentLine, null, $"the file is larger than the limit of {ex.Limit} bytes");
        }
        return context.ToResult();
    }
}
