using System.Security.Cryptography.X509Certificates;

namespace AltSeason.Grpc;

/// <summary>Settings shared by every call of a <see cref="GrpcClient"/>.</summary>
public sealed class GrpcClientOptions
{
    /// <summary>Largest response message accepted; larger ones fail the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest request message sent.</summary>
    public int MaxSendMessageSize { get; set; } = int.MaxValue;

    /// <summary>Extra attempts for idempotent calls that fail with UNAVAILABLE; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles (with jitter) for each further one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Gives the bearer token sent as <c>authorization</c> on every call; asked once per call, so a provider can
    /// renew short-lived tokens. Null (or a null/empty answer) sends no token.
    /// </summary>
    public Func<string?>? AccessToken { get; set; }

    /// <summary>
    /// A certificate to trust as the server's root for https:// addresses, e.g. the AppHost's self-signed development
    /// certificate. The host name must still match. Only used by clients that create their own handler.
    /// </summary>
    public X509Certificate2? TrustedServerCertificate { get; set; }

    /// <summary>Sends this fixed token on every call.</summary>
    public GrpcClientOptions WithAccessToken(string? token)
    {
        AccessToken = token is null ? null : () => token;
        return this;
    }

    /// <summary>A shallow copy, so a caller can adjust shared defaults for one client.</summary>
    public GrpcClientOptions Clone() => (GrpcClientOptions)MemberwiseClone();
}
