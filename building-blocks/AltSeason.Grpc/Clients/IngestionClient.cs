using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Clients;

/// <summary>Typed client of <c>altseason.v1.Ingestion</c>.</summary>
public sealed class IngestionClient(GrpcClient client)
{
    public const string Service = "altseason.v1.Ingestion";

    /// <summary>Imports in one message. Idempotent: importing the same content again stores nothing new.</summary>
    public Task<ImportReport> ImportAsync(ImportRequest request, CallOptions? options = null) =>
        client.UnaryAsync<ImportRequest, ImportReport>($"{Service}/Import", request, ScoringClient.Idempotent(options));

    /// <summary>Streams a large file: the header, then the content in chunks of <paramref name="chunkSize"/> bytes.</summary>
    public async Task<ImportReport> UploadAsync(ImportHeader header, Stream content, int chunkSize = 64 * 1024, CallOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        var response = await client.ClientStreamingAsync<ImportChunk, ImportReport>($"{Service}/Upload", Chunks(header, content, chunkSize), options);
        return response.Message;
    }

    private static async IAsyncEnumerable<ImportChunk> Chunks(ImportHeader header, Stream content, int chunkSize)
    {
        yield return new ImportChunk { Header = header };
        var buffer = new byte[chunkSize];
        int read;
        while ((read = await content.ReadAsync(buffer)) > 0)
        {
            yield return new ImportChunk { Data = Google.Protobuf.ByteString.CopyFrom(buffer, 0, read) };
        }
    }
}
