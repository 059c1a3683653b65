using Microsoft.AspNetCore.Authorization;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The caller's token must grant <see cref="Scope"/>.</summary>
public sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement;
