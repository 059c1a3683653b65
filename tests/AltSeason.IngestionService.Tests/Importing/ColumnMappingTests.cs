using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Ingestion.Observations;
using AltSeason.IngestionService.Tests.Support;
using AltSeason.Testing;
using AltSeason.TimeSeries;
using Google.Protobuf;

namespace AltSeason.IngestionService.Tests.Importing;

[Collection(ServersFixture.Collection)]
public sealed class ColumnMappingTests(ServersFixture servers)
{
    [Fact]
    public async Task Any_csv_imports_with_a_column_mapping_from_platform_names_to_its_columns()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var request = new ImportRequest
        {
            FileName = "my-coin.csv",
            Content = ByteString.CopyFromUtf8("when;px;cap\n05.01.2026;10,5;\n06.01.2026;11;1200\n"),
            ColumnMapping =
            {
                ["date"] = "when", ["date_format"] = "dd.MM.yyyy", ["delimiter"] = ";", ["series"] = "coin/my-coin",
                ["price"] = "px", ["market_cap_usd"] = "cap",
            },
        };

        var report = await host.Ingestion.ImportAsync(request);

        // "10,5" is not a number in a ';' file with '.' decimals: the mapping is honoured and the row is refused.
        Assert.False(report.Accepted);
        Assert.Equal(2L, Assert.Single(report.Errors).Line);

        request.Content = ByteString.CopyFromUtf8("when;px;cap\n05.01.2026;10.5;\n06.01.2026;11;1200\n");
        report = await host.Ingestion.ImportAsync(request);
        Assert.True(report.Accepted, string.Join("; ", report.Errors));
        Assert.Equal(["coin/my-coin"], report.Series);
        var ingested = (ObservationsIngested)Assert.Single(await host.Store.ReadStreamAsync("series/coin/my-coin")).Data;
        Assert.Equal([10.5, 11], ingested.Fields.Single(f => f.Field == Fields.Price).Values);
        Assert.Equal([1200.0], ingested.Fields.Single(f => f.Field == Fields.MarketCapUsd).Values);
    }

    [Fact]
    public async Task A_named_preset_imports_the_reference_daily_bars_under_the_requested_series()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        await using var content = File.OpenRead(ReferenceData.PathOf("RUT.csv"));

        var report = await host.Ingestion.UploadAsync(new ImportHeader
        {
            FileName = "RUT.csv",
            ColumnMapping = { ["preset"] = "daily-bars", ["series"] = "equity/russell-test" },
        }, content);

        Assert.True(report.Accepted, string.Join("; ", report.Errors));
        Assert.Equal(2552, report.AcceptedRows); // the session count the reference README states
        Assert.Equal(["equity/russell-test"], report.Series);
        var ingested = (ObservationsIngested)Assert.Single(await host.Store.ReadStreamAsync("series/equity/russell-test")).Data;
        var close = ingested.Fields.Single(f => f.Field == Fields.Close);
        Assert.Equal(2552, close.Values.Count);
        Assert.Equal(1107.3, close.Values[0]); // first line of RUT.csv: 2016-06-28 close
    }

    [Fact]
    public async Task A_mapping_without_a_date_column_or_with_an_unknown_preset_is_an_invalid_argument_naming_the_key()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var content = ByteString.CopyFromUtf8("d,x\n2026-01-05,1\n");

        var noDate = await Assert.ThrowsAsync<RpcException>(() => host.Ingestion.ImportAsync(new ImportRequest
        {
            FileName = "a.csv", Content = content, ColumnMapping = { ["close"] = "x", ["series"] = "equity/a" },
        }));
        var badPreset = await Assert.ThrowsAsync<RpcException>(() => host.Ingestion.ImportAsync(new ImportRequest
        {
            FileName = "a.csv", Content = content, ColumnMapping = { ["preset"] = "weekly-bars" },
        }));
        var unknownField = await host.Ingestion.ImportAsync(new ImportRequest
        {
            FileName = "a.csv", Content = content, ColumnMapping = { ["date"] = "d", ["closing"] = "x", ["series"] = "equity/a" },
        });

        Assert.Equal(StatusCode.InvalidArgument, noDate.StatusCode);
        Assert.Contains("'date'", noDate.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, badPreset.StatusCode);
        Assert.Contains("weekly-bars", badPreset.Status.Detail, StringComparison.Ordinal);
        Assert.False(unknownField.Accepted);
        Assert.Contains("unknown field 'closing'", Assert.Single(unknownField.Errors).Reason, StringComparison.Ordinal);
    }
}
