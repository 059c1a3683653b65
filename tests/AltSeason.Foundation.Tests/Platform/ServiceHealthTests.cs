using System.Net;
using AltSeason.AppHost;
using AltSeason.Testing;

namespace AltSeason.Foundation.Tests.Platform;

public sealed class ServiceHealthTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Every_service_is_a_separate_healthy_process_with_its_own_endpoints()
    {
        var urls = PlatformModel.ServiceNames.Select(n => platform.App.Project(n).HttpUrl).ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
        foreach (var url in urls)
        {
            // Eventually: another test restarts PostgreSQL, and a service may need a moment to reconnect.
            Assert.Equal(HttpStatusCode.OK, await StatusEventuallyAsync(url + "/health", HttpStatusCode.OK));
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(url + "/alive")).StatusCode);
        }
    }

    [Fact]
    public async Task Health_turns_unhealthy_while_PostgreSQL_is_down_and_recovers_after()
    {
        var equities = platform.App.Project("equities").HttpUrl;
        var postgres = platform.App.Servers!.Postgres!;
        await postgres.StopAsync();
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusEventuallyAsync(equities + "/health", HttpStatusCode.ServiceUnavailable));
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(equities + "/alive")).StatusCode);
        }
        finally
        {
            await postgres.StartAsync(CancellationToken.None);
        }
        Assert.Equal(HttpStatusCode.OK, await StatusEventuallyAsync(equities + "/health", HttpStatusCode.OK));
    }

    static async Task<HttpStatusCode> StatusEventuallyAsync(string url, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 60; i++)
        {
            status = (await Http.GetAsync(url)).StatusCode;
            if (status == wanted) break;
            await Task.Delay(250);
        }
        return status;
    }
}
