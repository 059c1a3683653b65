using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace AltSeason.Grpc;

/// <summary>
/// Certificate validation that accepts a chain ending in one given root (a development certificate nobody installed
/// system-wide) and nothing else it would not otherwise accept. A wrong host name is still refused.
/// </summary>
public static class TrustedRoot
{
    public static RemoteCertificateValidationCallback Validator(X509Certificate2 root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return (_, certificate, _, errors) =>
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }

            // Name mismatch or no certificate: the given root does not change that.
            if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            using var presented = new X509Certificate2(certificate);
            return chain.Build(presented);
        };
    }
}
