using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Checks a bearer token: HS256 signature with the platform key, issuer, audience, expiry and not-before (with
/// <see cref="PlatformAuthOptions.ClockSkew"/>). Gives a principal whose <c>scope</c> claims are one per scope,
/// or a reason a caller can act on. Reasons never contain the token. A token once accepted is remembered briefly
/// (<see cref="AcceptedTokens"/>), so a client's repeated calls pay for one check.
/// </summary>
public sealed class TokenValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;
    private readonly AcceptedTokens _accepted;

    public TokenValidator(IOptions<PlatformAuthOptions> options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _accepted = new AcceptedTokens(clock ?? TimeProvider.System);
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

    /// <summary>The principal of a token accepted moments ago (see <see cref="AcceptedTokens"/>), without reading it again.</summary>
    public bool TryAccepted(string token, [NotNullWhen(true)] out ClaimsPrincipal? principal)
    {
        principal = _accepted.TryGet(token, out var subject, out var scopes) ? ToPrincipal(subject, scopes) : null;
        return principal is not null;
    }

    public async Task<TokenCheck> ValidateAsync(string token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenCheck.Refused("the bearer token is empty.");
        }

        // A remembered token was read and checked before: skip reading it again.
        if (TryAccepted(token, out var known))
        {
            return TokenCheck.Accepted(known);
        }

        if (!_handler.CanReadToken(token))
        {
            return TokenCheck.Refused("the bearer token is malformed: expected a JWT (header.payload.signature).");
        }

        var result = await _handler.ValidateTokenAsync(token, _parameters);
        if (!result.IsValid)
        {
            return TokenCheck.Refused(TokenFailures.Describe(result.Exception));
        }

        var validated = result.ClaimsIdentity;
        var subject = validated.FindFirst(PlatformClaims.Subject)?.Value;
        var scopes = ScopesOf(validated);
        _accepted.Remember(token, subject, scopes, new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero));
        return TokenCheck.Accepted(ToPrincipal(subject, scopes));
    }

    /// <summary>One entry per scope, whichever of the two conventions (<c>scope</c>, <c>scp</c>) the token used.</summary>
    private static List<string> ScopesOf(ClaimsIdentity validated) =>
        [.. validated.FindAll(PlatformClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(validated.FindAll(PlatformClaims.Scp).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>A new principal per call: handlers downstream may add to it, so it is never shared.</summary>
    private static ClaimsPrincipal ToPrincipal(string? subject, IReadOnlyList<string> scopes)
    {
        var identity = new ClaimsIdentity(PlatformAuthDefaults.Scheme, PlatformClaims.Subject, roleType: null);
        if (subject is not null)
        {
            identity.AddClaim(new Claim(PlatformClaims.Subject, subject));
        }

        identity.AddClaims(scopes.Select(s => new Claim(PlatformClaims.Scope, s)));
        return new ClaimsPrincipal(identity);
    }
}
