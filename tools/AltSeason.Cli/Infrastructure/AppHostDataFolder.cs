namespace AltSeason.Cli;

/// <summary>
/// Where a local platform (<c>./run.sh</c>) keeps its signing key and, with <c>--tls</c>, its development certificate:
/// <c>$ALTSEASON_DATA</c> when set (the AppHost reads the same variable), else <c>.data/apphost</c> under the current
/// folder, i.e. the repository root the platform was started from.
/// </summary>
public static class AppHostDataFolder
{
    public const string Variable = "ALTSEASON_DATA";

    public static readonly string Default = Path.Combine(".data", "apphost");

    /// <summary>The AppHost's development certificate (public part only), relative to the data folder.</summary>
    public static readonly string CertificateFile = Path.Combine("tls", "dev-cert.pem");

    public static string Locate(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment(Variable) is { } folder && !string.IsNullOrWhiteSpace(folder) ? folder.Trim() : Default;
    }
}
