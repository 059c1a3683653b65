using System.Security.Claims;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The outcome of <see cref="TokenValidator.ValidateAsync"/>: a principal, or why the token was refused.</summary>
public sealed record TokenCheck(ClaimsPrincipal? Principal, string? Failure)
{
    public bool IsValid => Principal is not null;

    public static TokenCheck Accepted(ClaimsPrincipal principal) => new(principal, null);

    public static TokenCheck Refused(string reason) => new(null, reason);
}
