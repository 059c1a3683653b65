using System.Net;
using System.Net.Http.Headers;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.IngestionService.Tests.Support;
using AltSeason.Testing;
using Google.Protobuf;

namespace AltSeason.IngestionService.Tests.Limits;

[Collection(ServersFixture.Collection)]
public sealed class LimitTests(ServersFixture servers)
{
    const int MaxBytes = 2000;
    const int MaxRows = 10;

    Task<IngestionHost> StartAsync() => IngestionHost.StartAsync(servers, new Dictionary<string, string?>
    {
        ["Ingestion:MaxUploadBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ingestion:MaxRowsPerFile"] = MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task A_file_over_the_byte_limit_gets_resource_exhausted_over_grpc_and_413_over_http_and_nothing_is_stored()
    {
        await using var host = await StartAsync();
        var content = YahooFile.Bars(60);
        Assert.True(content.Length > MaxBytes);

        var import = await Assert.ThrowsAsync<RpcException>(() =>
            host.Ingestion.ImportAsync(new ImportRequest { FileName = "^RUT.csv", Content = ByteString.CopyFrom(content) }));
        Assert.Equal(StatusCode.ResourceExhausted, import.StatusCode);
        Assert.Contains($"^RUT.csv: the file is larger than the limit of {MaxBytes} bytes", import.Status.Detail, StringComparison.Ordinal);

        // Streamed: the service stops counting past the limit, whatever the chunking.
        var upload = await Assert.ThrowsAsync<RpcException>(() =>
            host.Ingestion.UploadAsync(new ImportHeader { FileName = "^RUT.csv" }, new MemoryStream(content), chunkSize: 300));
        Assert.Equal(StatusCode.ResourceExhausted, upload.StatusCode);

        using var raw = new ByteArrayContent(content);
        var http = await host.Http.PostAsync("/api/imports?fileName=%5ERUT.csv", raw);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, http.StatusCode);
        Assert.Contains("larger than the limit", await http.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "^RUT.csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await host.Http.PostAsync("/api/imports", form)).StatusCode);

        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.events"));
    }

    [Fact]
    public async Task A_file_with_more_rows_than_allowed_gets_resource_exhausted_naming_the_limit()
    {
        await using var host = await StartAsync();
        var content = YahooFile.Bars(MaxRows + 1);
        Assert.True(content.Length < MaxBytes);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            host.Ingestion.ImportAsync(new ImportRequest { FileName = "^RUT.csv", Content = ByteString.CopyFrom(content) }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains($"more than {MaxRows} data rows", error.Status.Detail, StringComparison.Ordinal);
        using var raw = new ByteArrayContent(content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await host.Http.PostAsync("/api/imports?fileName=%5ERUT.csv", raw)).StatusCode);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM {schema}.events"));

        var atTheLimit = await host.Ingestion.ImportAsync(new ImportRequest
        {
            FileName = "^RUT.csv", Content = ByteString.CopyFrom(YahooFile.Bars(MaxRows)),
        });
        Assert.True(atTheLimit.Accepted);
    }
}
