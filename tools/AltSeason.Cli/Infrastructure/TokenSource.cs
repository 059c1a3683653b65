namespace AltSeason.Cli;

/// <summary>
/// Where the CLI's bearer token comes from, first match wins: <c>--token</c>, <c>--token-file</c>,
/// <c>ALTSEASON_TOKEN</c>, <c>ALTSEASON_TOKEN_FILE</c>. None gives no token (the platform will say so).
/// </summary>
public static class TokenSource
{
    public const string TokenVariable = "ALTSEASON_TOKEN";
    public const string TokenFileVariable = "ALTSEASON_TOKEN_FILE";

    public static string? Resolve(string? tokenOption, string? tokenFileOption, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(tokenOption))
        {
            return tokenOption.Trim();
        }

        if (!string.IsNullOrWhiteSpace(tokenFileOption))
        {
            return ReadFile(tokenFileOption, "--token-file");
        }

        if (environment(TokenVariable) is { } token && !string.IsNullOrWhiteSpace(token))
        {
            return token.Trim();
        }

        return environment(TokenFileVariable) is { } file && !string.IsNullOrWhiteSpace(file) ? ReadFile(file, TokenFileVariable) : null;
    }

    private static string ReadFile(string path, string source)
    {
        if (!File.Exists(path))
        {
            throw CliException.Usage($"{source} names '{path}', which does not exist.");
        }

        var token = File.ReadAllText(path).Trim();
        return token.Length > 0 ? token : throw CliException.Usage($"{source} names '{path}', which is empty.");
    }
}
