using System.Net;
using AltSeason.Scoring.Dashboard;
using AltSeason.TestPlatform;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.Dashboard.Tests.Support;

/// <summary>
/// The test platform's gRPC servers plus a real Kestrel host (HTTP/1.1 and HTTP/2) serving <c>MapScoreDashboard()</c>
/// pointed at them, as the Scoring service will.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    private WebApplication? _app;
    private TestPlatformHost? _platform;

    public TestPlatformHost Platform => _platform ?? throw new InvalidOperationException("Not started.");

    public Uri Address { get; private set; } = new("http://unset");

    /// <summary>Where the signal services are; a test can point one at a closed port.</summary>
    public Func<TestPlatformHost, Uri>? OnChainAddress { get; init; }

    public async Task InitializeAsync()
    {
        _platform = await TestPlatformHost.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1AndHttp2));
        _app = builder.Build();
        _app.MapScoreDashboard(o =>
        {
            o.ScoringAddress = _platform.Address;
            o.EquitiesAddress = _platform.Address;
            o.OnChainAddress = OnChainAddress?.Invoke(_platform) ?? _platform.Address;
            o.LiveRetryDelay = TimeSpan.FromMilliseconds(200);
        });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }
}
