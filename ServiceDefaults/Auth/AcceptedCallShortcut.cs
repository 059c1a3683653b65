using System.Collections.Concurrent;
using System.Security.Claims;
using AltSeason.Grpc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Authentication and authorization in one step for the common call: a bearer token accepted moments ago
/// (<see cref="AcceptedTokens"/>) on an endpoint whose policy asks only for an authenticated caller and scopes that
/// the token grants (<see cref="PlatformPolicies"/>). Such a call goes straight to its endpoint with the user, features
/// and marker the framework's two middlewares would have left; every other request (no token, an unknown or refused
/// one, a missing scope, an anonymous or custom policy, an endpoint's first call) runs through those two middlewares,
/// so refusals read exactly as before. Under GetScore load (perf) the pair took 12.7% of Scoring's samples even with
/// their own shortcuts (<see cref="AcceptedTokenAuthentication"/>, <see cref="ScopePolicyEvaluator"/>); this step 7.0%.
/// </summary>
internal sealed class AcceptedCallShortcut
{
    // ASP.NET Core's own names (internal constants there): the marks that stop WebApplication adding the two middlewares
    // itself, and the request item by which the endpoint middleware knows authorization ran for the endpoint.
    const string AuthenticationAddedMark = "__AuthenticationMiddlewareSet";
    const string AuthorizationAddedMark = "__AuthorizationMiddlewareSet";
    const string AuthorizationRanItem = "__AuthorizationMiddlewareWithEndpointInvoked";
    static readonly object Ran = new();

    readonly RequestDelegate _next;
    readonly RequestDelegate _framework;
    readonly TokenValidator _validator;
    readonly IClaimsTransformation _transformation;
    readonly IAuthorizationPolicyProvider _policyProvider;
    readonly IAuthenticationSchemeProvider _schemes;

    // Per endpoint: the policy to check here, or null when the framework decides. Endpoints are few and long-lived.
    readonly ConcurrentDictionary<Endpoint, AuthorizationPolicy?> _policies = new();
    bool? _platformDecides;

    AcceptedCallShortcut(IApplicationBuilder app, RequestDelegate next)
    {
        _next = next;
        var framework = app.New();
        framework.UseAuthentication();
        framework.UseAuthorization();
        framework.Run(next);
        _framework = framework.Build();
        var services = app.ApplicationServices;
        _validator = services.GetRequiredService<TokenValidator>();
        _transformation = services.GetRequiredService<IClaimsTransformation>();
        _policyProvider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        _schemes = services.GetRequiredService<IAuthenticationSchemeProvider>();
    }

    /// <summary>
    /// Routing, then this step in place of the framework's authentication and authorization middlewares (which it
    /// runs itself for every call it does not take). Without the platform's auth, the framework's defaults stay.
    /// </summary>
    public static void Use(WebApplication app)
    {
        if (app.Services.GetService<TokenValidator>() is null) return;
        app.UseRouting();
        app.Use(next => new AcceptedCallShortcut(app, next).InvokeAsync);
        var properties = ((IApplicationBuilder)app).Properties;
        properties[AuthenticationAddedMark] = true;
        properties[AuthorizationAddedMark] = true;
    }

    Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null) return _framework(context);
        if (!_policies.TryGetValue(endpoint, out var policy)) return LearnAsync(context, endpoint);
        if (policy is null || !BearerHeader.TryAccepted(context.Request, _validator, out var principal))
            return _framework(context);
        return AuthorizeAsync(context, policy, principal);
    }

    async Task AuthorizeAsync(HttpContext context, AuthorizationPolicy policy, ClaimsPrincipal principal)
    {
        var user = await _transformation.TransformAsync(principal);
        if (!PlatformPolicies.Grants(policy, user))
        {
            await _framework(context);
            return;
        }

        // What the framework's middlewares leave on a granted call: the user, the marker, and the result of the
        // authorization middleware's own authentication (labelled as the policy evaluators label it).
        var label = policy.AuthenticationSchemes.Count == 0 ? "context.User" : string.Join(";", policy.AuthenticationSchemes);
        var result = AuthenticateResult.Success(new AuthenticationTicket(user, label));
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature { OriginalPath = context.Request.Path, OriginalPathBase = context.Request.PathBase });
        context.User = user;
        var authenticated = new AuthenticatedCall(result);
        context.Features.Set<IHttpAuthenticationFeature>(authenticated);
        context.Features.Set<IAuthenticateResultFeature>(authenticated);
        context.Items[AuthorizationRanItem] = Ran;
        await _next(context);
    }

    /// <summary>An endpoint's first call goes through the framework; its policy is worked out once for the calls after.</summary>
    async Task LearnAsync(HttpContext context, Endpoint endpoint)
    {
        _platformDecides ??= await PlatformDecidesAsync(context.RequestServices);
        _policies.TryAdd(endpoint, _platformDecides == true ? await ShortcutPolicyAsync(endpoint) : null);
        await _framework(context);
    }

    /// <summary>
    /// The combined policy of an endpoint whose every requirement the platform decides, as the authorization
    /// middleware would combine it; null for anonymous endpoints, endpoints with no policy, and anything else.
    /// </summary>
    async Task<AuthorizationPolicy?> ShortcutPolicyAsync(Endpoint endpoint)
    {
        var metadata = endpoint.Metadata;
        if (!_policyProvider.AllowsCachingPolicies || metadata.GetMetadata<IAllowAnonymous>() is not null
            || metadata.GetOrderedMetadata<IAuthorizationRequirementData>().Count > 0)
            return null;
        var policy = await AuthorizationPolicy.CombineAsync(_policyProvider, metadata.GetOrderedMetadata<IAuthorizeData>(),
            metadata.GetOrderedMetadata<AuthorizationPolicy>());
        return policy is not null && PlatformPolicies.DecidedByPlatform(policy) ? policy : null;
    }

    /// <summary>
    /// The platform's scheme authenticates by default, no scheme handles requests itself, only the platform's
    /// handlers judge, and the policy evaluator and result handler are the platform's (a granted call only goes on).
    /// </summary>
    async Task<bool> PlatformDecidesAsync(IServiceProvider requestServices)
    {
        return (await _schemes.GetDefaultAuthenticateSchemeAsync())?.Name == PlatformAuthDefaults.Scheme
            && !(await _schemes.GetRequestHandlerSchemesAsync()).Any()
            && PlatformPolicies.OnlyPlatformHandlers(requestServices)
            && requestServices.GetService<IPolicyEvaluator>() is ScopePolicyEvaluator
            && requestServices.GetService<IAuthorizationMiddlewareResultHandler>() is null or GrpcAuthorizationResultHandler or AuthorizationMiddlewareResultHandler;
    }

    /// <summary>The authentication result and user, as the framework keeps them: setting the user drops the result.</summary>
    sealed class AuthenticatedCall(AuthenticateResult result) : IAuthenticateResultFeature, IHttpAuthenticationFeature
    {
        AuthenticateResult? _result = result;
        ClaimsPrincipal? _user = result.Principal;

        public AuthenticateResult? AuthenticateResult
        {
            get => _result;
            set => (_result, _user) = (value, value?.Principal);
        }

        public ClaimsPrincipal? User
        {
            get => _user;
            set => (_user, _result) = (value, null);
        }
    }
}
