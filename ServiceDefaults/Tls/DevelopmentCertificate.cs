using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AltSeason.ServiceDefaults.Tls;

/// <summary>
/// A self-signed certificate for local TLS runs: valid for localhost and 127.0.0.1, written as a PKCS#12 file for
/// Kestrel (with a password) and a public PEM file for clients to trust. Reused while still valid.
/// </summary>
public sealed record DevelopmentCertificate(string PfxPath, string Password, string PublicPemPath)
{
    public static DevelopmentCertificate Create(string folder, string subject = "CN=AltSeason development")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var certificate = new DevelopmentCertificate(Path.Combine(folder, "dev-cert.pfx"), "", Path.Combine(folder, "dev-cert.pem"));
        var passwordPath = Path.Combine(folder, "dev-cert.password");
        if (File.Exists(certificate.PfxPath) && File.Exists(passwordPath) && File.Exists(certificate.PublicPemPath))
        {
            var password = File.ReadAllText(passwordPath).Trim();
            using var existing = X509CertificateLoader.LoadPkcs12FromFile(certificate.PfxPath, password);
            if (existing.NotAfter > DateTime.Now.AddDays(1))
            {
                return certificate with { Password = password };
            }
        }

        var newPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        using var created = Generate(subject);
        SecretFiles.Write(certificate.PfxPath, created.Export(X509ContentType.Pkcs12, newPassword));
        SecretFiles.Write(passwordPath, System.Text.Encoding.UTF8.GetBytes(newPassword));
        File.WriteAllText(certificate.PublicPemPath, created.ExportCertificatePem());
        return certificate with { Password = newPassword };
    }

    /// <summary>An in-memory certificate with its private key, for localhost and 127.0.0.1.</summary>
    public static X509Certificate2 Generate(string subject = "CN=AltSeason development", TimeSpan? lifetime = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        // Its own root: a CA that may sign only itself.
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now + (lifetime ?? TimeSpan.FromDays(365)));
        // Round-trip through PKCS#12 so the key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
