using AltSeason.Grpc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AltSeason.ServiceDefaults.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// Bearer-token authentication with the platform key (<c>Auth__SigningKey</c>), one policy per scope
    /// (<see cref="PlatformScopes"/>), and a fallback policy: an endpoint that names no policy still needs a valid
    /// token unless it says <c>AllowAnonymous()</c>. Outgoing gRPC clients built from <see cref="GrpcClientOptions"/>
    /// carry this service's own token (<see cref="ServiceTokens"/>).
    /// </summary>
    public static TBuilder AddPlatformAuth<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PlatformAuthOptions>().Bind(builder.Configuration.GetSection(PlatformAuthOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlatformAuthOptions>, PlatformAuthOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenValidator>();
        services.TryAddSingleton<ServiceTokens>();

        services.AddAuthentication(PlatformAuthDefaults.Scheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PlatformTokenHandler>(PlatformAuthDefaults.Scheme, null);
        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(PlatformAuthDefaults.Scheme).RequireAuthenticatedUser().Build());
        foreach (var scope in PlatformScopes.All)
        {
            authorization.AddPolicy(scope, policy => policy.RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(scope)));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ScopeAuthorizationHandler>());

        // The common case (a token seen moments ago, a scope it grants) without the framework's per-request machinery.
        AcceptedTokenAuthentication.Decorate(services);
        services.Replace(ServiceDescriptor.Singleton<IPolicyEvaluator, ScopePolicyEvaluator>());
        services.AddOptions<GrpcClientOptions>().Configure<ServiceTokens>((options, tokens) => options.AccessToken = tokens.Current);
        return builder;
    }
}
