using System.Collections.Concurrent;
using System.Security.Cryptography;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.TestPlatform;

/// <summary>
/// <c>altseason.v1.Ingestion</c> that validates with the platform's real parsers (AltSeason.Ingestion.Formats)
/// and remembers content hashes, so re-sending a file is reported as a duplicate. Nothing is stored.
/// </summary>
public sealed class TestIngestionApi
{
    private static readonly ConcurrentDictionary<string, bool> Seen = new();

    public static Task<ImportReport> Import(ImportRequest request, CallContext context) =>
        ParseAsync(new ImportHeader { FileName = request.FileName, Format = request.Format, Series = request.Series, ColumnMapping = { request.ColumnMapping } },
            request.Content.ToByteArray(), context.CancellationToken);

    public static async Task<ImportReport> Upload(IAsyncEnumerable<ImportChunk> chunks, CallContext context)
    {
        ImportHeader? header = null;
        using var content = new MemoryStream();
        await foreach (var chunk in chunks)
        {
            if (chunk.PartCase == ImportChunk.PartOneofCase.Header)
            {
                header = header is null ? chunk.Header : throw new RpcException(StatusCode.InvalidArgument, "The header came twice.");
            }
            else
            {
                _ = header ?? throw new RpcException(StatusCode.InvalidArgument, "Data came before the header.");
                chunk.Data.WriteTo(content);
            }
        }

        return await ParseAsync(header ?? throw new RpcException(StatusCode.InvalidArgument, "No header."), content.ToArray(), context.CancellationToken);
    }

    private static async Task<ImportReport> ParseAsync(ImportHeader header, byte[] content, CancellationToken ct)
    {
        var request = new ParseRequest
        {
            FileName = header.FileName,
            Format = header.Format.Length == 0 ? null : header.Format,
            SeriesOverride = header.Series.Length == 0 || header.ColumnMapping.Count > 0 ? null : header.Series,
            ColumnMapping = Mapping(header),
        };
        var result = await Parsers.ParseAsync(new MemoryStream(content), request, ct);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var rejectedLines = result.Errors.Select(e => e.Line).Distinct().Count();
        var report = new ImportReport
        {
            FileName = header.FileName,
            Format = result.Format ?? "",
            Accepted = result.IsAccepted,
            AcceptedRows = result.IsAccepted ? result.RowCount : Math.Max(0, result.RowCount - rejectedLines),
            RejectedRows = rejectedLines,
            ContentSha256 = hash,
            Duplicate = result.IsAccepted && !Seen.TryAdd(hash, true),
        };
        report.Errors.AddRange(result.Errors.Select(e => new RowError { File = e.FileName, Line = e.Line, Reason = e.Reason }));
        report.Series.AddRange(result.Batches.Select(b => b.Series).Distinct());
        return report;
    }

    /// <summary>The API maps platform column → file column; the parser wants file column → platform field.</summary>
    private static ColumnMapping? Mapping(ImportHeader header)
    {
        if (header.ColumnMapping.Count == 0)
        {
            return null;
        }

        var date = header.ColumnMapping.GetValueOrDefault("date")
            ?? throw new RpcException(StatusCode.InvalidArgument, "column_mapping needs an entry for 'date'.");
        return new ColumnMapping
        {
            DateColumn = date,
            Series = header.Series.Length > 0 ? header.Series : "equity/custom",
            Fields = header.ColumnMapping.Where(m => m.Key != "date").ToDictionary(m => m.Value, m => m.Key),
        };
    }
}
