using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Checks a bearer token: HS256 signature with the platform key, issuer, audience, expiry and not-before (with
/// <see cref="PlatformAuthOptions.ClockSkew"/>). Gives a principal whose <c>scope</c> claims are one per scope,
/// or a reason a caller can act on. Reasons never contain the token.
/// </summary>
public sealed class TokenValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;

    public TokenValidator(IOptions<PlatformAuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(SigningKeys.Decode(value.SigningKey)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidIssuer = value.Issuer,
            ValidAudience = value.Audience,
            ClockSkew = value.ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            NameClaimType = PlatformClaims.Subject,
        };
    }

    public async Task<TokenCheck> ValidateAsync(string token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Refused("the bearer token is empty.");
        }

        if (!_handler.CanReadToken(token))
        {
            return TokenCheck.Refused("the bearer token is malformed: expected a JWT (header.payload.signature).");
        }

        var result = await _handler.ValidateTokenAsync(token, _parameters);
        return result.IsValid
            ? TokenCheck.Accepted(ToPrincipal(result.ClaimsIdentity))
            : TokenCheck.Refused(TokenFailures.Describe(result.Exception));
    }

    /// <summary>One <c>scope</c> claim per scope, whichever of the two conventions the token used.</summary>
    private static ClaimsPrincipal ToPrincipal(ClaimsIdentity validated)
    {
        var scopes = validated.FindAll(PlatformClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(validated.FindAll(PlatformClaims.Scp).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.Ordinal);
        var identity = new ClaimsIdentity(PlatformAuthDefaults.Scheme, PlatformClaims.Subject, roleType: null);
        if (validated.FindFirst(PlatformClaims.Subject) is { } subject)
        {
            identity.AddClaim(new Claim(PlatformClaims.Subject, subject.Value));
        }

        identity.AddClaims(scopes.Select(s => new Claim(PlatformClaims.Scope, s)));
        return new ClaimsPrincipal(identity);
    }
}
