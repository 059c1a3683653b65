using System.Security.Authentication;
using AltSeason.Grpc;

namespace AltSeason.Cli;

/// <summary>Explains a failed TLS handshake: which certificate was trusted (or looked for) and how to trust the right one.</summary>
public static class TlsFailure
{
    public static string? Explain(RpcException exception, string service, Uri address, ServerTrust? trust)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (!IsHandshakeFailure(exception))
        {
            return null;
        }

        var trusted = trust?.Certificate is null
            ? $"Only the system's root certificates were trusted ({trust?.Description ?? "no certificate was given"})."
            : $"It was checked against {trust.Description}, which did not sign it (or names another host).";
        return $"The {service} service at {address} presented a TLS certificate this CLI does not trust. {trusted} "
            + $"Pass --ca-cert FILE or set {ServerTrust.Variable} to the certificate that signed the server's "
            + $"(for `./run.sh --tls`: {Path.Combine(AppHostDataFolder.Default, AppHostDataFolder.CertificateFile)}).";
    }

    private static bool IsHandshakeFailure(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is AuthenticationException)
            {
                return true;
            }
        }

        return false;
    }
}
