using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;
using AltSeason.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Grpc.Tests.Client;

public sealed class TlsTests
{
    [Fact]
    public async Task Client_calls_over_TLS_with_HTTP2_negotiated_by_ALPN()
    {
        using var certificate = SelfSigned();
        await using var host = await LoopbackWebHost.StartAsync(
            services => services.AddGrpcServer().AddSingleton(new Probe()),
            app => app.MapGrpcService<FakeScoringApi>(ScoringReflection.Descriptor),
            certificate: certificate);
        var address = host.Address;
        var thumbprint = certificate.Thumbprint;
        using var http = new HttpClient(GrpcHttpHandler.Create((_, cert, _, _) => cert?.GetCertHashString() == thumbprint))
        {
            BaseAddress = address,
        };
        using var grpc = new GrpcClient(http);

        var score = await new ScoringClient(grpc).GetScoreAsync(new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 7 } });

        Assert.Equal("https", address.Scheme);
        Assert.Equal(70, score.ScorePoints);
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
