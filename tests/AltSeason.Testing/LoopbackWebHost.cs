using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port unless one is given), for tests that must go through sockets
/// rather than an in-memory test server: HTTP/2 framing, ALPN, a port a service can be brought back on.
/// </summary>
public sealed class LoopbackWebHost : IAsyncDisposable
{
    readonly WebApplication _app;

    LoopbackWebHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234</c> (https with a certificate).</summary>
    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="services">Registers what the endpoints need.</param>
    /// <param name="map">Maps the endpoints.</param>
    /// <param name="protocols">HTTP/2 only by default: gRPC without TLS needs prior knowledge.</param>
    /// <param name="port">0 = any free port.</param>
    /// <param name="certificate">When given, the endpoint speaks TLS with it.</param>
    public static async Task<LoopbackWebHost> StartAsync(
        Action<IServiceCollection> services,
        Action<WebApplication> map,
        HttpProtocols protocols = HttpProtocols.Http2,
        int port = 0,
        X509Certificate2? certificate = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
        {
            listen.Protocols = protocols;
            if (certificate is not null) listen.UseHttps(certificate);
        }));
        services(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackWebHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
