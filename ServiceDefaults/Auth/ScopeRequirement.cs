using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The caller's token must grant <see cref="Scope"/>.</summary>
public sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement
{
    /// <summary>An authenticated caller whose token grants the scope.</summary>
    public bool IsMetBy(ClaimsPrincipal user) => user?.Identity?.IsAuthenticated == true && user.HasClaim(PlatformClaims.Scope, Scope);
}
