using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.Grpc.Tests.Client;

public sealed class TlsTests
{
    [Fact]
    public async Task Client_calls_over_TLS_with_HTTP2_negotiated_by_ALPN()
    {
        using var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            listen.UseHttps(certificate);
        }));
        builder.Services.AddGrpcServer();
        builder.Services.AddSingleton(new Probe());
        await using var app = builder.Build();
        app.MapGrpcService<FakeScoringApi>(ScoringReflection.Descriptor);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var thumbprint = certificate.Thumbprint;
        using var http = new HttpClient(GrpcHttpHandler.Create((_, cert, _, _) => cert?.GetCertHashString() == thumbprint))
        {
            BaseAddress = address,
        };
        using var grpc = new GrpcClient(http);

        var score = await new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 7 } });

        Assert.Equal("https", address.Scheme);
        Assert.Equal(70, score.ScorePoints);
        await app.StopAsync();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the private key in a form the platform's TLS stack can use: round-trip through PFX.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
