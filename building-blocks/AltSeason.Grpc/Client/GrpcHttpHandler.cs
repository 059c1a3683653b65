using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace AltSeason.Grpc;

/// <summary>The HTTP/2 handler gRPC clients use: cleartext with prior knowledge for http://, TLS with ALPN for https://.</summary>
public static class GrpcHttpHandler
{
    public static SocketsHttpHandler Create(RemoteCertificateValidationCallback? validateServerCertificate = null) => new()
    {
        // One connection allows only so many concurrent streams; busy clients open more instead of queueing.
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = validateServerCertificate },
    };

    /// <summary>A handler that also trusts <paramref name="trustedRoot"/> (when given) as a root for the server's certificate.</summary>
    public static SocketsHttpHandler Create(X509Certificate2? trustedRoot) =>
        Create(trustedRoot is null ? null : TrustedRoot.Validator(trustedRoot));
}
