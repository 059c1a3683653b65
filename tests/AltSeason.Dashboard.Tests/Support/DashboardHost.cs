using AltSeason.Scoring.Dashboard;
using AltSeason.TestPlatform;
using AltSeason.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AltSeason.Dashboard.Tests.Support;

/// <summary>
/// The test platform's gRPC servers plus a real Kestrel host (HTTP/1.1 and HTTP/2) serving <c>MapScoreDashboard()</c>
/// pointed at them, as the Scoring service will.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    private LoopbackWebHost? _host;
    private TestPlatformHost? _platform;

    public TestPlatformHost Platform => _platform ?? throw new InvalidOperationException("Not started.");

    public Uri Address { get; private set; } = new("http://unset");

    /// <summary>Where the signal services are; a test can point one at a closed port.</summary>
    public Func<TestPlatformHost, Uri>? OnChainAddress { get; init; }

    public async Task InitializeAsync()
    {
        _platform = await TestPlatformHost.StartAsync();
        _host = await LoopbackWebHost.StartAsync(_ => { }, app => app.MapScoreDashboard(o =>
        {
            o.ScoringAddress = _platform.Address;
            o.EquitiesAddress = _platform.Address;
            o.OnChainAddress = OnChainAddress?.Invoke(_platform) ?? _platform.Address;
            o.LiveRetryDelay = TimeSpan.FromMilliseconds(200);
        }), HttpProtocols.Http1AndHttp2);
        Address = _host.Address;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }
}
