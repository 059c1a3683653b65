using AltSeason.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Grpc.Tests.Hosting;

/// <summary>A real Kestrel server on 127.0.0.1 with a free port, speaking cleartext HTTP/2 only, with our gRPC server.</summary>
public sealed class GrpcTestHost : IAsyncDisposable
{
    private readonly LoopbackWebHost _host;

    private GrpcTestHost(LoopbackWebHost host) => _host = host;

    public Uri Address => _host.Address;

    public IServiceProvider Services => _host.Services;

    public static async Task<GrpcTestHost> StartAsync(
        Action<WebApplication> map,
        Action<GrpcServerOptions>? configure = null,
        Action<IServiceCollection>? services = null) =>
        new(await LoopbackWebHost.StartAsync(s =>
        {
            s.AddGrpcServer(configure);
            services?.Invoke(s);
        }, map));

    public GrpcClient CreateClient(GrpcClientOptions? options = null) => new(Address, options);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
