using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// ASP.NET Core's authentication service, except that a bearer token accepted moments ago (<see cref="AcceptedTokens"/>)
/// authenticates straight from the memo: the framework's way builds a scheme handler per request to reach the same
/// memo, a fifth of a cached GetScore's CPU together with authorization. Anything else (no token, an unknown or
/// refused one, another scheme, challenges and sign-ins) goes to the framework's service, so refusals read as before.
/// </summary>
internal sealed class AcceptedTokenAuthentication(
    ObjectFactory createFrameworkService, TokenValidator validator, IClaimsTransformation transformation, IOptions<AuthenticationOptions> options)
    : IAuthenticationService
{
    readonly string? _defaultScheme = options.Value.DefaultAuthenticateScheme ?? options.Value.DefaultScheme;

    public async Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
    {
        var platformScheme = (scheme ?? _defaultScheme) == PlatformAuthDefaults.Scheme;
        if (platformScheme && BearerHeader.TryAccepted(context.Request, validator, out var principal))
        {
            var transformed = await transformation.TransformAsync(principal);
            return AuthenticateResult.Success(new AuthenticationTicket(transformed, PlatformAuthDefaults.Scheme));
        }

        return await Framework(context).AuthenticateAsync(context, scheme);
    }

    public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
        Framework(context).ChallengeAsync(context, scheme, properties);

    public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
        Framework(context).ForbidAsync(context, scheme, properties);

    public Task SignInAsync(HttpContext context, string? scheme, System.Security.Claims.ClaimsPrincipal principal, AuthenticationProperties? properties) =>
        Framework(context).SignInAsync(context, scheme, principal, properties);

    public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
        Framework(context).SignOutAsync(context, scheme, properties);

    IAuthenticationService Framework(HttpContext context) => (IAuthenticationService)createFrameworkService(context.RequestServices, null);

    /// <summary>Wraps the registered authentication service; leaves a registration it cannot construct as it is.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IAuthenticationService));
        if (registered?.ImplementationType is not { } frameworkType) return;
        var create = ActivatorUtilities.CreateFactory(frameworkType, Type.EmptyTypes);
        services.Remove(registered);
        services.AddSingleton<IAuthenticationService>(sp => new AcceptedTokenAuthentication(create,
            sp.GetRequiredService<TokenValidator>(), sp.GetRequiredService<IClaimsTransformation>(), sp.GetRequiredService<IOptions<AuthenticationOptions>>()));
    }
}
