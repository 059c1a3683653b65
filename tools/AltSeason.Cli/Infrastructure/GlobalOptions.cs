using System.CommandLine;

namespace AltSeason.Cli;

/// <summary>Options every command accepts (declared once on the root, recursive).</summary>
public sealed class GlobalOptions
{
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output instead of tables",
        Recursive = true,
    };

    public Option<string?> Endpoint { get; } = new("--endpoint")
    {
        Description = "gRPC address of the service the command talks to (default: services__<name>__grpc__0)",
        Recursive = true,
    };

    public Option<int> TimeoutSeconds { get; } = new("--timeout")
    {
        Description = "Seconds to wait for the platform before giving up",
        DefaultValueFactory = _ => 30,
        Recursive = true,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() <= 0)
                {
                    result.AddError("--timeout must be a positive number of seconds.");
                }
            },
        },
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Bearer token for the platform (default: $ALTSEASON_TOKEN, or the file in $ALTSEASON_TOKEN_FILE)",
        Recursive = true,
    };

    public Option<string?> TokenFile { get; } = new("--token-file")
    {
        Description = "File holding the bearer token (safer than --token: it stays out of the shell history)",
        Recursive = true,
    };

    public Option<string?> CaCert { get; } = new("--ca-cert")
    {
        Description = "Certificate (PEM or DER) to trust for https:// endpoints (default: $ALTSEASON_CA_CERT, else the "
            + "development certificate of `./run.sh --tls` in .data/apphost/tls/dev-cert.pem)",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(CaCert);
        root.Options.Add(Token);
        root.Options.Add(TokenFile);
        root.Options.Add(Json);
        root.Options.Add(Endpoint);
        root.Options.Add(TimeoutSeconds);
    }
}
