using System.Globalization;
using System.Net;
using System.Text;
using AltSeason.Contracts.V1;
using AltSeason.Reliability.Tests.Support;
using Google.Protobuf;

namespace AltSeason.Reliability.Tests.Limits;

/// <summary>
/// The running Ingestion service, restarted with small limits, rejects an upload over the byte limit, a file over the
/// row limit and a single gRPC message over the message limit, each with RESOURCE_EXHAUSTED (413 over HTTP) and a
/// message naming the limit; a file within every limit still imports.
/// </summary>
[Collection(ReliabilityPlatformGroup.Name)]
public sealed class IngestionLimitTests(ReliabilityPlatform platform)
{
    const int MaxUploadBytes = 6_000;
    const int MaxRows = 60;
    const int MaxMessageBytes = 1_500;

    /// <summary>One restart with small limits for all three checks; back to the defaults (IngestionOptions) after.</summary>
    [Fact]
    public async Task Upload_size_rows_per_file_and_message_size_are_each_refused_with_a_clear_error()
    {
        await RestartIngestionAsync(MaxUploadBytes, MaxRows, MaxMessageBytes);
        try
        {
            await An_upload_over_the_byte_limit_is_refused_naming_the_limit();
            await A_file_over_the_row_limit_is_refused_naming_the_limit();
            await One_grpc_message_over_the_message_limit_is_refused_but_the_same_file_streams_in();
        }
        finally
        {
            await RestartIngestionAsync(256L * 1024 * 1024, 5_000_000, 16 * 1024 * 1024);
        }
    }

    async Task An_upload_over_the_byte_limit_is_refused_naming_the_limit()
    {
        var content = Bars(MaxRows - 1, padding: 80);
        Assert.True(content.Length > MaxUploadBytes);

        var upload = await Assert.ThrowsAsync<RpcException>(() => platform.Ingestion.UploadAsync(
            new ImportHeader { FileName = "LIMIT.csv", Format = "yahoo-csv" }, new MemoryStream(content), chunkSize: 1_000));
        Assert.Equal(StatusCode.ResourceExhausted, upload.StatusCode);
        Assert.Contains($"larger than the limit of {MaxUploadBytes} bytes", upload.Status.Detail, StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = new Uri(platform.App.Project("ingestion").HttpUrl) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", platform.AllScopesToken());
        using var body = new ByteArrayContent(content);
        var response = await http.PostAsync(new Uri("/api/imports?fileName=LIMIT.csv&format=yahoo-csv", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than the limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    async Task A_file_over_the_row_limit_is_refused_naming_the_limit()
    {
        var content = Bars(MaxRows + 1);
        Assert.True(content.Length < MaxUploadBytes);

        var error = await Assert.ThrowsAsync<RpcException>(() => platform.Ingestion.UploadAsync(
            new ImportHeader { FileName = "LIMIT.csv", Format = "yahoo-csv" }, new MemoryStream(content), chunkSize: 1_000));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains($"more than {MaxRows} data rows", error.Status.Detail, StringComparison.Ordinal);
    }

    async Task One_grpc_message_over_the_message_limit_is_refused_but_the_same_file_streams_in()
    {
        var content = Bars(MaxRows - 10);
        Assert.True(content.Length is > MaxMessageBytes and < MaxUploadBytes);

        var error = await Assert.ThrowsAsync<RpcException>(() => platform.Ingestion.ImportAsync(
            new ImportRequest { FileName = "LIMIT.csv", Format = "yahoo-csv", Content = ByteString.CopyFrom(content) }));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains(MaxMessageBytes.ToString(CultureInfo.InvariantCulture), error.Status.Detail, StringComparison.Ordinal);

        var streamed = await platform.Ingestion.UploadAsync(new ImportHeader { FileName = "LIMIT.csv", Format = "yahoo-csv" },
            new MemoryStream(content), chunkSize: 1_000);
        Assert.True(streamed.Accepted, string.Join("; ", streamed.Errors.Select(e => e.Reason)));
        Assert.Equal(content.Count(b => b == '\n') - 1, streamed.AcceptedRows);
    }

    /// <summary>Yahoo daily bars from 2024-01-01 (a symbol nothing downstream reads); padding widens each row.</summary>
    static byte[] Bars(int rows, int padding = 0)
    {
        var text = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        var zeros = new string('0', padding);
        for (var i = 0; i < rows; i++)
            text.Append(CultureInfo.InvariantCulture, $"{new DateOnly(2024, 1, 1).AddDays(i):yyyy-MM-dd},{100 + i}.{zeros}1,{102 + i},{99 + i},{101 + i},{101 + i},{1000 + i}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    async Task RestartIngestionAsync(long maxUploadBytes, int maxRows, int maxMessageBytes)
    {
        await platform.App.StopProjectAsync("ingestion");
        platform.App.Project("ingestion")
            .WithEnvironment("Ingestion__MaxUploadBytes", maxUploadBytes.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("Ingestion__MaxRowsPerFile", maxRows.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("Ingestion__MaxGrpcMessageBytes", maxMessageBytes.ToString(CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await platform.App.StartProjectAsync("ingestion", timeout.Token);
    }
}
