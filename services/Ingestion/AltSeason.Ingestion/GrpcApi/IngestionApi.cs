using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Ingestion.Importing;
using Microsoft.Extensions.Options;

namespace AltSeason.Ingestion.GrpcApi;

/// <summary>
/// <c>altseason.v1.Ingestion</c>: Import takes the whole file in one message, Upload streams it (header first, then
/// data). Limit and request errors become RESOURCE_EXHAUSTED and INVALID_ARGUMENT (mapped in <see cref="Extensions"/>);
/// a rejected file is a normal report with <c>accepted = false</c>.
/// </summary>
public sealed class IngestionApi(Importer importer, IOptions<IngestionOptions> options)
{
    public async Task<ImportReport> Import(ImportRequest request, CallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var command = ImportCommand.From(request.FileName, request.Format, request.ColumnMapping, request.Series);
        if (request.Content.Length > options.Value.MaxUploadBytes)
            throw ImportLimitExceededException.Bytes(command.FileName, options.Value.MaxUploadBytes);
        using var content = new MemoryStream(request.Content.ToByteArray(), writable: false);
        return await ImportAsync(command, content, context.CancellationToken);
    }

    public async Task<ImportReport> Upload(IAsyncEnumerable<ImportChunk> requests, CallContext context)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(context);
        await using var chunks = requests.GetAsyncEnumerator(context.CancellationToken);
        if (!await chunks.MoveNextAsync())
            throw new InvalidImportRequestException("Upload sent no chunks; the first chunk must be the header.");
        if (chunks.Current.PartCase != ImportChunk.PartOneofCase.Header)
            throw new InvalidImportRequestException($"Upload chunk 1 carries a {chunks.Current.PartCase} part; the first chunk must be the header.");
        var header = chunks.Current.Header;
        var command = ImportCommand.From(header.FileName, header.Format, header.ColumnMapping, header.Series);
        await using var content = new ChunkStream(chunks);
        return await ImportAsync(command, content, context.CancellationToken);
    }

    async Task<ImportReport> ImportAsync(ImportCommand command, Stream content, CancellationToken cancellationToken)
    {
        var outcome = await importer.ImportAsync(command, content, cancellationToken);
        return ImportReports.From(command, outcome, options.Value.MaxReportedErrors);
    }
}
