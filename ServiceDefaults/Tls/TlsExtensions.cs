using System.Security.Cryptography.X509Certificates;
using AltSeason.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AltSeason.ServiceDefaults.Tls;

public static class TlsExtensions
{
    /// <summary>Configuration key of a certificate (PEM or DER) that outgoing gRPC calls trust as a root, e.g. the AppHost's dev certificate.</summary>
    public const string TrustedCertificateKey = "Tls:TrustedCertificatePath";

    /// <summary>
    /// The grpc endpoint itself turns to TLS through standard Kestrel configuration
    /// (<c>Kestrel__Endpoints__grpc__Url=https://...</c>, <c>Kestrel__Endpoints__grpc__Certificate__Path</c>);
    /// this adds the client side: trust <see cref="TrustedCertificateKey"/> on calls to other services.
    /// </summary>
    public static TBuilder AddPlatformTls<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var path = builder.Configuration[TrustedCertificateKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return builder;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{TrustedCertificateKey} names '{path}', which does not exist.", path);
        }

        var certificate = X509CertificateLoader.LoadCertificateFromFile(path);
        builder.Services.AddOptions<GrpcClientOptions>().Configure(options => options.TrustedServerCertificate = certificate);
        return builder;
    }
}
