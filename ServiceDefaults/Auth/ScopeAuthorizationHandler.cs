using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>Meets a <see cref="ScopeRequirement"/> when the principal carries that scope; otherwise says which one is missing.</summary>
internal sealed class ScopeAuthorizationHandler : AuthorizationHandler<ScopeRequirement>
{
    /// <summary>Where the missing scope is left for the 403 response body.</summary>
    public const string MissingScopeItem = "altseason.auth.missing-scope";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        if (requirement.IsMetBy(context.User))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (context.Resource is HttpContext http)
        {
            http.Items[MissingScopeItem] = requirement.Scope;
        }

        context.Fail(new AuthorizationFailureReason(this, $"the token lacks scope '{requirement.Scope}'"));
        return Task.CompletedTask;
    }
}
