using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Mints platform tokens: HS256 JWTs with <c>sub</c>, a space-separated <c>scope</c> claim, and the platform's issuer
/// and audience. Used by the AppHost, the CLI's <c>token mint</c>, services calling each other, and tests.
/// </summary>
public static class PlatformTokens
{
    /// <example><c>PlatformTokens.Mint(key, "alice", [PlatformScopes.ScoreRead], TimeSpan.FromHours(1))</c></example>
    public static string Mint(string signingKey, string subject, IEnumerable<string> scopes, TimeSpan lifetime,
        string issuer = PlatformAuthOptions.DefaultIssuer, string audience = PlatformAuthOptions.DefaultAudience, DateTimeOffset? now = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(scopes);
        var issuedAt = (now ?? DateTimeOffset.UtcNow).UtcDateTime;
        var scopeList = scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (scopeList.FirstOrDefault(s => s.Contains(' ', StringComparison.Ordinal)) is { } spaced)
        {
            throw new ArgumentException($"Scope '{spaced}' contains a space; scopes are single words like '{PlatformScopes.ScoreRead}'.", nameof(scopes));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + lifetime,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim(PlatformClaims.Scope, string.Join(' ', scopeList))]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(SigningKeys.Decode(signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
