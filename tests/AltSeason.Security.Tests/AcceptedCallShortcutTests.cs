using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using AltSeason.ServiceDefaults;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.Security.Tests;

/// <summary>
/// The one-step authentication and authorization of a call with a token accepted moments ago, on a real Kestrel
/// socket: the endpoint sees what the framework's middlewares would have left, the framework's authentication is
/// skipped only for such calls, and every refusal is still the framework's.
/// </summary>
public sealed class AcceptedCallShortcutTests : IAsyncLifetime, IDisposable
{
    WebApplication _app = null!;
    HttpClient _http = null!;
    readonly CountingAuthentication.Counter _frameworkAuthentications = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        builder.Services.AddHealthChecks();
        builder.AddPlatformAuth();
        CountingAuthentication.Wrap(builder.Services, _frameworkAuthentications);
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.MapGet("/scores", Describe).RequireAuthorization(PlatformScopes.ScoreRead);
        _app.MapGet("/fallback", Describe);
        _app.MapGet("/roles", Describe).RequireAuthorization(policy => policy.RequireRole("auditor"));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _http.Dispose();

    /// <summary>What the endpoint was handed: the user's scopes and the authentication result the features hold.</summary>
    static string Describe(HttpContext context)
    {
        var result = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult;
        var scopes = string.Join(",", context.User.FindAll(PlatformClaims.Scope).Select(c => c.Value).Order());
        return $"user={context.User.Identity?.IsAuthenticated};scheme={result?.Ticket?.AuthenticationScheme};" +
            $"same={ReferenceEquals(result?.Principal, context.User)};feature={context.Features.Get<IHttpAuthenticationFeature>()?.User == context.User};scopes={scopes}";
    }

    async Task<(HttpStatusCode Status, string Body)> Get(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_granted_calls_skip_the_framework_and_see_what_it_would_have_set()
    {
        var token = TestTokens.For(PlatformScopes.ScoreRead, PlatformScopes.AuditRead);
        var first = await Get("/scores", token);
        var afterFirst = _frameworkAuthentications.Value;

        var later = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 3; i++) later.Add(await Get("/scores", token));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.True(afterFirst >= 1, "an endpoint's first call goes through the framework");
        Assert.Equal(afterFirst, _frameworkAuthentications.Value);
        Assert.All(later, call => Assert.Equal((HttpStatusCode.OK, first.Body), call));
        Assert.Equal($"user=True;scheme=context.User;same=True;feature=True;scopes={PlatformScopes.AuditRead},{PlatformScopes.ScoreRead}", first.Body);

        // The fallback policy (a valid token, no scope; it names the platform's scheme) is decided by the platform too.
        var fallbackFirst = await Get("/fallback", token);
        var fallbackBefore = _frameworkAuthentications.Value;
        Assert.Equal(fallbackFirst, await Get("/fallback", token));
        Assert.Equal(fallbackBefore, _frameworkAuthentications.Value);
        Assert.Equal(HttpStatusCode.OK, fallbackFirst.Status);
        Assert.Contains($"scheme={PlatformAuthDefaults.Scheme};", fallbackFirst.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_are_the_frameworks_even_after_the_endpoint_was_learned()
    {
        await Get("/scores", TestTokens.For(PlatformScopes.ScoreRead));

        var before = _frameworkAuthentications.Value;
        var lacking = TestTokens.For(PlatformScopes.IngestWrite);
        await Get("/scores", lacking); // accepted once, so the memo knows it
        var forbidden = await Get("/scores", lacking);
        var missing = await Get("/scores", null);
        var expired = await Get("/scores", PlatformTokens.Mint(TestTokens.SigningKey, "t", [PlatformScopes.ScoreRead], TimeSpan.FromMinutes(1),
            now: DateTimeOffset.UtcNow.AddHours(-1)));
        var otherKey = await Get("/scores", PlatformTokens.Mint(SigningKeys.Generate(), "t", [PlatformScopes.ScoreRead], TimeSpan.FromHours(1)));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Contains(PlatformScopes.ScoreRead, forbidden.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, otherKey.Status);
        Assert.True(_frameworkAuthentications.Value >= before + 5, "every refusal went through the framework");
    }

    [Fact]
    public async Task Policies_the_platform_does_not_decide_and_open_endpoints_stay_with_the_framework()
    {
        var token = TestTokens.For(PlatformScopes.Admin);
        await Get("/roles", token);
        var before = _frameworkAuthentications.Value;

        Assert.Equal(HttpStatusCode.Forbidden, (await Get("/roles", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get("/alive", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get("/alive", token)).Status);
        Assert.True(_frameworkAuthentications.Value >= before + 3);
    }

    /// <summary>Counts the calls that reach the registered authentication service (the framework's path).</summary>
    sealed class CountingAuthentication(IAuthenticationService inner, CountingAuthentication.Counter counter) : IAuthenticationService
    {
        public sealed class Counter
        {
            int _value;
            public int Value => Volatile.Read(ref _value);
            public void Add() => Interlocked.Increment(ref _value);
        }

        public static void Wrap(IServiceCollection services, Counter counter)
        {
            var registered = services.Last(d => d.ServiceType == typeof(IAuthenticationService));
            services.Remove(registered);
            services.AddSingleton<IAuthenticationService>(sp => new CountingAuthentication(
                (IAuthenticationService)(registered.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)), counter));
        }

        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            counter.Add();
            return inner.AuthenticateAsync(context, scheme);
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);
        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);
        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) =>
            inner.SignInAsync(context, scheme, principal, properties);
        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);
    }
}
