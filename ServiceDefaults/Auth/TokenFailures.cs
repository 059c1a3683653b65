using Microsoft.IdentityModel.Tokens;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Plain reasons for IdentityModel's validation exceptions. Their own messages are long, carry IDX codes and may
/// quote parts of the token, so they are not passed on.
/// </summary>
internal static class TokenFailures
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException expired =>
            $"the token expired at {expired.Expires:yyyy-MM-dd HH:mm:ss} UTC; mint a new one.",
        SecurityTokenNotYetValidException early =>
            $"the token is not valid before {early.NotBefore:yyyy-MM-dd HH:mm:ss} UTC.",
        SecurityTokenNoExpirationException => "the token has no expiry (exp); platform tokens must expire.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException =>
            "the token's signature does not match this platform's signing key.",
        SecurityTokenInvalidAlgorithmException => "the token is not signed with HS256.",
        SecurityTokenInvalidIssuerException => "the token was issued by someone other than this platform (iss).",
        SecurityTokenInvalidAudienceException => "the token is meant for another audience (aud).",
        SecurityTokenMalformedException or ArgumentException => "the bearer token is malformed: expected a JWT (header.payload.signature).",
        null => "the token is invalid.",
        _ => "the token is invalid (" + exception.GetType().Name + ").",
    };
}
