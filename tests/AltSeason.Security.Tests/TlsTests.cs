using System.Net;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.ServiceDefaults.Tls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace AltSeason.Security.Tests;

public sealed class TlsTests
{
    [Fact]
    public async Task A_client_trusting_the_dev_certificate_connects_and_one_that_does_not_is_refused()
    {
        using var certificate = DevelopmentCertificate.Generate();
        var port = AltSeason.LocalInfrastructure.FreePorts.Pick(1)[0];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpcServer();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => { l.Protocols = HttpProtocols.Http2; l.UseHttps(certificate); }));
        await using var app = builder.Build();
        app.MapGrpcHealthAndReflection();
        await app.StartAsync();

        var address = new Uri($"https://127.0.0.1:{port}");
        using var trusting = new GrpcClient(address, new GrpcClientOptions { MaxRetryAttempts = 0, TrustedServerCertificate = certificate });
        Assert.NotNull(await new HealthClient(trusting).CheckAsync());

        using var untrusting = new GrpcClient(address, new GrpcClientOptions { MaxRetryAttempts = 0 });
        var refused = await Assert.ThrowsAsync<RpcException>(() => new HealthClient(untrusting).CheckAsync());
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        await app.StopAsync();
    }
}
