using AltSeason.Grpc;
using AltSeason.ServiceDefaults.Auth;

namespace AltSeason.Testing;

/// <summary>
/// Tokens for services hosted in-process by tests: one random signing key per test run, the configuration that hands
/// it to a host (<see cref="Settings"/>), and tokens or client options with chosen scopes signed by it.
/// </summary>
public static class TestTokens
{
    public static string SigningKey { get; } = SigningKeys.Generate();

    /// <summary>Add to a host's configuration: <c>builder.Configuration.AddInMemoryCollection(TestTokens.Settings)</c>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SigningKey"] = SigningKey,
    };

    /// <summary>A one-hour token with exactly <paramref name="scopes"/>.</summary>
    public static string For(params string[] scopes) => PlatformTokens.Mint(SigningKey, "test", scopes, TimeSpan.FromHours(1));

    /// <summary>A token with every platform scope.</summary>
    public static string All() => For([.. PlatformScopes.All]);

    /// <summary>Client options sending a token with every scope (or the given ones).</summary>
    public static GrpcClientOptions Client(GrpcClientOptions? options = null, params string[] scopes) =>
        (options ?? new GrpcClientOptions()).WithAccessToken(scopes.Length == 0 ? All() : For(scopes));

    /// <summary>An <c>Authorization</c> header value for <see cref="HttpClient"/>s.</summary>
    public static System.Net.Http.Headers.AuthenticationHeaderValue Header(params string[] scopes) =>
        new("Bearer", scopes.Length == 0 ? All() : For(scopes));
}
