using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Policies the platform decides by itself: made only of "authenticated" and scope requirements, which the
/// platform's handlers grant exactly when <see cref="Grants"/> says so. The shortcuts past the framework's
/// authorization machinery (<see cref="ScopePolicyEvaluator"/>, <see cref="AcceptedCallShortcut"/>) grant nothing else.
/// </summary>
internal static class PlatformPolicies
{
    /// <summary>Every requirement is one the platform's handlers decide, and every scheme it names is the platform's.</summary>
    public static bool DecidedByPlatform(AuthorizationPolicy policy) =>
        policy.AuthenticationSchemes.All(s => s == PlatformAuthDefaults.Scheme)
        && policy.Requirements.All(r => r is DenyAnonymousAuthorizationRequirement or ScopeRequirement);

    /// <summary>An authenticated user who meets every requirement; false for any requirement the platform does not decide.</summary>
    public static bool Grants(AuthorizationPolicy policy, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        foreach (var requirement in policy.Requirements)
        {
            var met = requirement switch
            {
                DenyAnonymousAuthorizationRequirement => true,
                ScopeRequirement scope => scope.IsMetBy(user),
                _ => false,
            };
            if (!met) return false;
        }
        return true;
    }

    /// <summary>No handler but the platform's is registered, so no other handler could have refused a granted policy.</summary>
    public static bool OnlyPlatformHandlers(IServiceProvider requestServices) =>
        requestServices.GetServices<IAuthorizationHandler>().All(h => h is PassThroughAuthorizationHandler or ScopeAuthorizationHandler);
}
