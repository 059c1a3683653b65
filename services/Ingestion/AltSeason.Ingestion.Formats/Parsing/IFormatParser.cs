namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>Reads one format, reporting rows and problems to the context; never decides acceptance itself.</summary>
interface IFormatParser
{
    Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken);
}
