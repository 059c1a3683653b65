using AltSeason.Grpc;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.ServiceDefaults.Tls;

namespace AltSeason.AppHost.Security;

/// <summary>
/// The local platform's secrets, kept in its data folder: the token signing key (created once, 0600, reused on
/// restart) and, with <c>--tls</c>, a self-signed development certificate. Gives tokens and client options to the
/// AppHost's own calls, tests and the CLI's <c>token mint</c>.
/// </summary>
public static class PlatformSecurity
{
    public const string TlsFlag = "--tls";

    public static string SigningKey(string dataDirectory) => SigningKeyFile.LoadOrCreate(dataDirectory);

    public static string KeyFile(string dataDirectory) => SigningKeyFile.PathIn(dataDirectory);

    public static DevelopmentCertificate Certificate(string dataDirectory) =>
        DevelopmentCertificate.Create(Path.Combine(dataDirectory, "tls"));

    /// <summary>A token for the local platform, e.g. <c>Token(dir, "sample-run", PlatformScopes.IngestWrite)</c>.</summary>
    public static string Token(string dataDirectory, string subject, params string[] scopes) =>
        PlatformTokens.Mint(SigningKey(dataDirectory), subject, scopes, TimeSpan.FromHours(1));

    /// <summary>Client options carrying a token with <paramref name="scopes"/> (and trusting the dev certificate when TLS is on).</summary>
    public static GrpcClientOptions ClientOptions(string dataDirectory, params string[] scopes)
    {
        var options = new GrpcClientOptions().WithAccessToken(Token(dataDirectory, "apphost", scopes));
        var pem = Path.Combine(dataDirectory, "tls", "dev-cert.pem");
        if (File.Exists(pem))
        {
            options.TrustedServerCertificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(pem));
        }

        return options;
    }
}
