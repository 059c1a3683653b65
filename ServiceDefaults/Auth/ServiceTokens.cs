using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// The token a service sends on its own calls to other services (Scoring → signal services, the dashboard →
/// Scoring): <see cref="PlatformAuthOptions.ServiceToken"/> when configured, else a short-lived <c>score:read</c>
/// token minted from the shared key and renewed well before it expires.
/// </summary>
public sealed class ServiceTokens(IOptions<PlatformAuthOptions> options, IConfiguration configuration, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset RenewAt)? _current;

    public static IReadOnlyList<string> Scopes { get; } = [PlatformScopes.ScoreRead];

    public string Current()
    {
        var value = options.Value;
        if (!string.IsNullOrWhiteSpace(value.ServiceToken))
        {
            return value.ServiceToken.Trim();
        }

        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_current is { } current && now < current.RenewAt)
            {
                return current.Token;
            }

            var subject = "service:" + (configuration["OTEL_SERVICE_NAME"] ?? "unknown");
            var token = PlatformTokens.Mint(value.SigningKey!, subject, Scopes, value.ServiceTokenLifetime, value.Issuer, value.Audience, now);
            _current = (token, now + value.ServiceTokenLifetime / 2);
            return token;
        }
    }
}
