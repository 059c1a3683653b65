using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using AltSeason.Dashboard.Tests.Support;

namespace AltSeason.Dashboard.Tests.Api;

/// <summary>OnChain is down: its charts come back empty with a reason naming it, the rest of the page still works.</summary>
public sealed class UnavailableSourceTests : IAsyncLifetime
{
    private readonly DashboardHost _host = new() { OnChainAddress = _ => ClosedPort() };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Markets_report_the_unreachable_service_and_keep_the_others()
    {
        using var http = new HttpClient { BaseAddress = _host.Address };

        var json = await http.GetFromJsonAsync<JsonObject>("/dashboard/api/markets");

        var problem = Assert.Single(json!["problems"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith("onchain", problem);
        Assert.Empty(json["altSeasonIndex"]!.AsArray());
        Assert.Equal(Expected.EquityDates, json["relativeStrength"]!.AsArray().Count);
    }

    private static Uri ClosedPort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
