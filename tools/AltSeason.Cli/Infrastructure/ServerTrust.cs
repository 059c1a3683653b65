using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AltSeason.Cli;

/// <summary>
/// Which certificate an https:// platform is trusted with, first match wins: <c>--ca-cert FILE</c>, <c>ALTSEASON_CA_CERT</c>,
/// then the AppHost's development certificate in its data folder (<see cref="AppHostDataFolder"/>) when it exists.
/// With none, only the system's roots are trusted (a real certificate needs nothing more).
/// </summary>
/// <param name="Certificate">The extra root to trust; null = system roots only.</param>
/// <param name="Description">Where the trust came from, for error messages: the file used, or the one looked for.</param>
public sealed record ServerTrust(X509Certificate2? Certificate, string Description)
{
    public const string Variable = "ALTSEASON_CA_CERT";

    public static ServerTrust Resolve(string? caCertOption, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(caCertOption))
        {
            return Load(caCertOption.Trim(), "--ca-cert");
        }

        if (environment(Variable) is { } variable && !string.IsNullOrWhiteSpace(variable))
        {
            return Load(variable.Trim(), Variable);
        }

        var devCertificate = Path.Combine(AppHostDataFolder.Locate(environment), AppHostDataFolder.CertificateFile);
        return File.Exists(devCertificate)
            ? Load(devCertificate, "the AppHost's development certificate")
            : new ServerTrust(null, $"no --ca-cert or {Variable} was given, and the AppHost's development certificate "
                + $"'{Path.GetFullPath(devCertificate)}' does not exist");
    }

    /// <summary>A PEM or DER certificate file, or a usage error naming the file and what is wrong with it.</summary>
    private static ServerTrust Load(string path, string source)
    {
        if (!File.Exists(path))
        {
            throw CliException.Usage($"{source} names '{path}', which does not exist. "
                + $"`./run.sh --tls` writes its certificate to {Path.Combine(AppHostDataFolder.Default, AppHostDataFolder.CertificateFile)}.");
        }

        try
        {
            var certificate = File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(File.ReadAllText(path))
                : X509CertificateLoader.LoadCertificateFromFile(path);
            return new ServerTrust(certificate, $"{source} '{path}'");
        }
        catch (CryptographicException e)
        {
            throw CliException.Usage($"{source} '{path}' is not a PEM or DER certificate ({e.Message.TrimEnd('.')}).");
        }
        catch (UnauthorizedAccessException)
        {
            throw CliException.Usage($"{source} '{path}' cannot be read (permission denied).");
        }
    }
}
