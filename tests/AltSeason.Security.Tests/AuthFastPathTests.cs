using System.Security.Claims;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AltSeason.Security.Tests;

/// <summary>
/// The platform's shortcuts through ASP.NET Core auth (a token accepted moments ago; a scope policy the caller meets)
/// give the answers the framework gives: same grants, and every refusal still decided and worded by the framework.
/// </summary>
public sealed class AuthFastPathTests
{
    static ServiceProvider Services(Action<IServiceCollection>? more = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        builder.AddPlatformAuth();
        builder.Services.AddLogging();
        more?.Invoke(builder.Services);
        return builder.Services.BuildServiceProvider();
    }

    static DefaultHttpContext Request(IServiceProvider services, string? token)
    {
        var context = new DefaultHttpContext { RequestServices = services.CreateScope().ServiceProvider };
        if (token is not null) context.Request.Headers.Authorization = "Bearer " + token;
        return context;
    }

    static ClaimsPrincipal User(params string[] scopes) =>
        new(new ClaimsIdentity(scopes.Select(s => new Claim(PlatformClaims.Scope, s)), PlatformAuthDefaults.Scheme));

    static AuthorizationPolicy ScopePolicy(string scope) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(scope)).Build();

    static async Task<PolicyAuthorizationResult> Authorize(IServiceProvider services, AuthorizationPolicy policy, ClaimsPrincipal user)
    {
        var context = Request(services, null);
        context.User = user;
        var evaluator = context.RequestServices.GetRequiredService<IPolicyEvaluator>();
        var authenticated = await evaluator.AuthenticateAsync(policy, context);
        return await evaluator.AuthorizeAsync(policy, authenticated, context, context);
    }

    [Fact]
    public async Task A_repeated_token_authenticates_from_the_memo_with_a_fresh_principal_of_the_same_claims()
    {
        await using var services = Services();
        var token = TestTokens.For(PlatformScopes.ScoreRead, PlatformScopes.AuditRead);
        var authentication = services.GetRequiredService<IAuthenticationService>();

        var first = await authentication.AuthenticateAsync(Request(services, token), null);
        var second = await authentication.AuthenticateAsync(Request(services, token), null);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Equal(Claims(first.Principal!), Claims(second.Principal!));
        Assert.Contains((PlatformClaims.Scope, PlatformScopes.AuditRead), Claims(second.Principal!));
        Assert.Equal(PlatformAuthDefaults.Scheme, second.Ticket!.AuthenticationScheme);
    }

    static List<(string, string)> Claims(ClaimsPrincipal principal) => [.. principal.Claims.Select(c => (c.Type, c.Value)).Order()];

    [Fact]
    public async Task Refused_missing_and_foreign_credentials_still_go_to_the_framework()
    {
        await using var services = Services();
        var authentication = services.GetRequiredService<IAuthenticationService>();

        var expired = PlatformTokens.Mint(TestTokens.SigningKey, "t", [PlatformScopes.ScoreRead], TimeSpan.FromMinutes(1), now: DateTimeOffset.UtcNow.AddHours(-1));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var refused = await authentication.AuthenticateAsync(Request(services, expired), null);
            Assert.Contains("expired", refused.Failure?.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True((await authentication.AuthenticateAsync(Request(services, null), null)).None);

        var basic = Request(services, null);
        basic.Request.Headers.Authorization = "Basic dXNlcjpwYXNz";
        Assert.Contains("Bearer <token>", (await authentication.AuthenticateAsync(basic, null)).Failure?.Message);

        // A scheme the service does not have is the framework's error, not a memo hit.
        var token = TestTokens.For(PlatformScopes.ScoreRead);
        await authentication.AuthenticateAsync(Request(services, token), null);
        await Assert.ThrowsAsync<InvalidOperationException>(() => authentication.AuthenticateAsync(Request(services, token), "Cookies"));
    }

    [Fact]
    public async Task A_scope_policy_grants_a_caller_with_the_scope_and_the_framework_words_each_refusal()
    {
        await using var services = Services();
        var policy = ScopePolicy(PlatformScopes.ScoreRead);

        Assert.True((await Authorize(services, policy, User(PlatformScopes.ScoreRead))).Succeeded);

        var forbidden = await Authorize(services, policy, User(PlatformScopes.IngestWrite));
        Assert.True(forbidden.Forbidden);
        Assert.Contains(forbidden.AuthorizationFailure!.FailureReasons, r => r.Message.Contains(PlatformScopes.ScoreRead, StringComparison.Ordinal));

        Assert.True((await Authorize(services, policy, new ClaimsPrincipal(new ClaimsIdentity()))).Challenged);
    }

    [Fact]
    public async Task Requirements_the_platform_does_not_know_are_left_to_the_framework()
    {
        await using var services = Services();
        var roles = new AuthorizationPolicyBuilder().RequireRole("auditor").Build();
        var auditor = User();
        ((ClaimsIdentity)auditor.Identity!).AddClaim(new Claim(ClaimTypes.Role, "auditor"));

        Assert.True((await Authorize(services, roles, auditor)).Succeeded);
        Assert.True((await Authorize(services, roles, User(PlatformScopes.Admin))).Forbidden);
    }

    [Fact]
    public async Task Another_registered_handler_turns_the_shortcut_off()
    {
        await using var services = Services(s => s.AddSingleton<IAuthorizationHandler, RefuseEverything>());

        var result = await Authorize(services, ScopePolicy(PlatformScopes.ScoreRead), User(PlatformScopes.ScoreRead));

        Assert.True(result.Forbidden, "a handler that refuses must be asked, as the framework would ask it");
    }

    sealed class RefuseEverything : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context)
        {
            context.Fail(new AuthorizationFailureReason(this, "refused by policy of the house"));
            return Task.CompletedTask;
        }
    }
}
