using System.Net;
using System.Net.Http.Json;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Ingestion.Http;
using AltSeason.Ingestion.Observations;
using AltSeason.IngestionService.Tests.Support;
using AltSeason.Testing;
using Google.Protobuf;

namespace AltSeason.IngestionService.Tests.Importing;

/// <summary>Import, Upload and HTTP are three doors to the same import.</summary>
[Collection(ServersFixture.Collection)]
public sealed class RouteTests(ServersFixture servers)
{
    [Fact]
    public async Task Upload_in_small_chunks_gives_the_same_report_and_rows_as_import_in_one_message()
    {
        await using var viaImport = await IngestionHost.StartAsync(servers);
        await using var viaUpload = await IngestionHost.StartAsync(servers);
        var content = YahooFile.Bars(40, i => 2500 + i * 0.37);

        var imported = await viaImport.Ingestion.ImportAsync(new ImportRequest { FileName = "^GSPC.csv", Content = ByteString.CopyFrom(content) });
        var uploaded = await viaUpload.Ingestion.UploadAsync(new ImportHeader { FileName = "^GSPC.csv" }, new MemoryStream(content), chunkSize: 7);

        Assert.True(imported.Accepted);
        Assert.Equal(imported, uploaded);
        var a = (ObservationsIngested)Assert.Single(await viaImport.Store.ReadStreamAsync("series/equity/spx")).Data;
        var b = (ObservationsIngested)Assert.Single(await viaUpload.Store.ReadStreamAsync("series/equity/spx")).Data;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a.Fields), System.Text.Json.JsonSerializer.Serialize(b.Fields));
    }

    [Fact]
    public async Task Upload_must_start_with_the_header_and_carry_it_only_once()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var data = new ImportChunk { Data = ByteString.CopyFromUtf8(YahooFile.Header) };
        var header = new ImportChunk { Header = new ImportHeader { FileName = "^RUT.csv" } };

        var dataFirst = await Assert.ThrowsAsync<RpcException>(() => UploadAsync(host, data, header));
        var twoHeaders = await Assert.ThrowsAsync<RpcException>(() => UploadAsync(host, header, data, header));

        Assert.Equal(StatusCode.InvalidArgument, dataFirst.StatusCode);
        Assert.Contains("chunk 1", dataFirst.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, twoHeaders.StatusCode);
        Assert.Contains("chunk 3", twoHeaders.Status.Detail, StringComparison.Ordinal);
    }

    static async Task<ImportReport> UploadAsync(IngestionHost host, params ImportChunk[] chunks) =>
        (await host.Grpc.ClientStreamingAsync<ImportChunk, ImportReport>("altseason.v1.Ingestion/Upload", Chunks(chunks))).Message;

    static async IAsyncEnumerable<ImportChunk> Chunks(ImportChunk[] chunks)
    {
        foreach (var chunk in chunks)
        {
            await Task.Yield();
            yield return chunk;
        }
    }

    [Fact]
    public async Task Http_multipart_and_raw_uploads_return_the_report_as_json_with_400_for_a_rejected_file()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var content = YahooFile.Bars(12);

        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", "^RUT.csv");
        var first = await host.Http.PostAsync("/api/imports", form);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var report = await first.Content.ReadFromJsonAsync<ImportReportJson>();
        Assert.NotNull(report);
        Assert.True(report.Accepted);
        Assert.Equal(("yahoo-csv", 12L, Hashes.Sha256(content), false), (report.Format, report.AcceptedRows, report.ContentSha256, report.Duplicate));
        Assert.Equal(["equity/rut"], report.Series);

        using var raw = new ByteArrayContent(content);
        raw.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded"); // as curl --data-binary sends it
        var again = await host.Http.PostAsync("/api/imports?fileName=%5ERUT.csv&format=yahoo-csv", raw);
        Assert.True((await again.Content.ReadFromJsonAsync<ImportReportJson>())!.Duplicate);

        using var bad = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(YahooFile.Header + "\n2026-01-05,1,2,x,1,1,1\n"));
        var rejected = await host.Http.PostAsync("/api/imports?fileName=bad.csv&format=yahoo-csv", bad);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        var error = Assert.Single((await rejected.Content.ReadFromJsonAsync<ImportReportJson>())!.Errors);
        Assert.StartsWith("bad.csv:2: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await host.Store.GetStreamVersionAsync("series/equity/rut"));
    }
}
