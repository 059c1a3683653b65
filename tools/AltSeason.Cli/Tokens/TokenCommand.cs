using System.CommandLine;
using AltSeason.ServiceDefaults.Auth;

namespace AltSeason.Cli.Tokens;

/// <summary>
/// <c>altseason token mint --scopes score:read,audit:read [--key-file FILE] [--subject NAME] [--minutes N]</c>: signs a
/// token with a local platform's key (the AppHost keeps it in its data folder) and prints only the token.
/// </summary>
public static class TokenCommand
{
    /// <summary>Where <c>./run.sh</c> keeps the key, relative to the repository root.</summary>
    public static readonly string DefaultKeyFile = Path.Combine(AppHostDataFolder.Default, SigningKeyFile.FileName);

    public static Command Create(CliContext context)
    {
        var scopes = new Option<string>("--scopes")
        {
            Description = $"Comma-separated scopes: {string.Join(", ", PlatformScopes.All)}",
            Required = true,
        };
        var keyFile = new Option<string?>("--key-file") { Description = $"The platform's signing key file (default: $ALTSEASON_KEY_FILE, else {SigningKeyFile.FileName} in $ALTSEASON_DATA or .data/apphost)" };
        var subject = new Option<string>("--subject") { Description = "Who the token is for", DefaultValueFactory = _ => Environment.UserName };
        var minutes = new Option<int>("--minutes") { Description = "Lifetime in minutes", DefaultValueFactory = _ => 60 };
        var mint = new Command("mint", "Mint a token signed with a local platform's key") { scopes, keyFile, subject, minutes };
        mint.SetAction(parse =>
        {
            var requested = (parse.GetValue(scopes) ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (requested.Length == 0 || requested.Any(s => !PlatformScopes.IsKnown(s)))
            {
                throw CliException.Usage($"--scopes '{parse.GetValue(scopes)}' must list known scopes: {string.Join(", ", PlatformScopes.All)}.");
            }

            var lifetime = parse.GetValue(minutes);
            if (lifetime <= 0)
            {
                throw CliException.Usage("--minutes must be a positive number.");
            }

            var path = parse.GetValue(keyFile) ?? context.Environment("ALTSEASON_KEY_FILE")
                ?? Path.Combine(AppHostDataFolder.Locate(context.Environment), SigningKeyFile.FileName);
            string key;
            try
            {
                key = SigningKeyFile.Read(path);
            }
            catch (SigningKeyException e)
            {
                throw CliException.Usage(e.Message);
            }

            context.Output.WriteLine(PlatformTokens.Mint(key, parse.GetValue(subject) ?? "cli", requested, TimeSpan.FromMinutes(lifetime)));
            return ExitCodes.Success;
        });
        return new Command("token", "Tokens for the platform's API") { mint };
    }
}
