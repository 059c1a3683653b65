using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Tests.Fakes;

/// <summary>Counts bytes instead of parsing them: enough to prove the messages arrive whole and in order.</summary>
public sealed class FakeIngestionApi
{
    public static Task<ImportReport> Import(ImportRequest request, CallContext context) => Task.FromResult(new ImportReport
    {
        FileName = request.FileName,
        Format = request.Format,
        Accepted = true,
        AcceptedRows = request.Content.ToStringUtf8().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length,
    });

    public static async Task<ImportReport> Upload(IAsyncEnumerable<ImportChunk> chunks, CallContext context)
    {
        ImportHeader? header = null;
        var content = new List<byte>();
        await foreach (var chunk in chunks)
        {
            if (chunk.PartCase == ImportChunk.PartOneofCase.Header)
            {
                header = header is null ? chunk.Header : throw new RpcException(StatusCode.InvalidArgument, "header sent twice");
            }
            else
            {
                content.AddRange(header is null ? throw new RpcException(StatusCode.InvalidArgument, "data before header") : chunk.Data);
            }
        }

        var text = System.Text.Encoding.UTF8.GetString([.. content]);
        return new ImportReport
        {
            FileName = header?.FileName ?? "",
            Accepted = true,
            AcceptedRows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length,
            ContentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. content])),
        };
    }
}
