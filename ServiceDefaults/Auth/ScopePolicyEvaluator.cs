using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// The authorization middleware's policy evaluator. A policy made only of "authenticated" and scope requirements, met
/// by the caller, is granted here directly, as the framework's handlers would grant it (they are the only handlers
/// registered, checked once); anything else, and every refusal, goes to the framework's evaluator, so a denied call
/// gets the same answer and reasons as before. Saves an authorization service, handler context and handler walk per call.
/// </summary>
internal sealed class ScopePolicyEvaluator : IPolicyEvaluator
{
    static readonly ObjectFactory CreateFramework = ActivatorUtilities.CreateFactory(typeof(PolicyEvaluator), Type.EmptyTypes);

    // null until the first request: handlers may be scoped, so they are listed from a request's services.
    bool? _onlyPlatformHandlers;

    public Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context)
    {
        // With no scheme of its own, a policy judges the user the authentication middleware already set.
        if (policy.AuthenticationSchemes.Count == 0 && context.User.Identity?.IsAuthenticated == true)
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(context.User, "context.User")));
        return Framework(context).AuthenticateAsync(policy, context);
    }

    public Task<PolicyAuthorizationResult> AuthorizeAsync(AuthorizationPolicy policy, AuthenticateResult authenticationResult, HttpContext context, object? resource)
    {
        if (authenticationResult.Succeeded && OnlyPlatformHandlers(context) && PlatformPolicies.Grants(policy, context.User))
            return Task.FromResult(PolicyAuthorizationResult.Success());
        return Framework(context).AuthorizeAsync(policy, authenticationResult, context, resource);
    }

    bool OnlyPlatformHandlers(HttpContext context) => _onlyPlatformHandlers ??= PlatformPolicies.OnlyPlatformHandlers(context.RequestServices);

    static PolicyEvaluator Framework(HttpContext context) => (PolicyEvaluator)CreateFramework(context.RequestServices, null);
}
