using AltSeason.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Security.Tests;

/// <summary>
/// Every endpoint the service hosts map, read from their endpoint data sources and judged the way the authorization
/// middleware judges it (endpoint metadata, else the fallback policy): only health and liveness may be open.
/// </summary>
public sealed class EndpointAuthorizationTests(SecuredServices services) : IClassFixture<SecuredServices>
{
    static readonly string[] OpenPaths = ["/health", "/alive"];
    const string GrpcHealth = "/grpc.health.v1.Health/";

    [Fact]
    public async Task Every_endpoint_but_health_and_alive_needs_a_token()
    {
        foreach (var host in services.Hosts)
        {
            var endpoints = host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ToList();
            Assert.True(endpoints.Count > 10, $"{host.Environment.ApplicationName} maps only {endpoints.Count} endpoints; the enumeration found nothing to judge.");
            var policies = host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
            foreach (var endpoint in endpoints)
            {
                var path = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
                var where = $"{host.Environment.ApplicationName} {endpoint.DisplayName} ({path})";
                if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
                {
                    Assert.True(OpenPaths.Contains(path) || path.StartsWith(GrpcHealth, StringComparison.Ordinal), $"{where} is open to anonymous callers.");
                    continue;
                }

                var policy = await AuthorizationPolicy.CombineAsync(policies,
                    endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
                    ?? await policies.GetFallbackPolicyAsync();
                Assert.True(policy is not null, $"{where} has no authorization policy and there is no fallback.");
                Assert.True(policy.Requirements.Any(r => r is DenyAnonymousAuthorizationRequirement or ScopeRequirement),
                    $"{where} accepts a caller without a token: {string.Join(", ", policy.Requirements)}.");
            }
        }
    }

    [Fact]
    public async Task Api_endpoints_name_their_scope()
    {
        var scoped = new Dictionary<string, string>
        {
            ["/altseason.v1.EquitiesSignals/ListSignals"] = PlatformScopes.ScoreRead,
            ["/altseason.v1.Ingestion/Import"] = PlatformScopes.IngestWrite,
            ["/altseason.v1.Audit/Verify"] = PlatformScopes.AuditRead,
            ["/altseason.v1.Audit/Rebuild"] = PlatformScopes.Admin,
        };
        var found = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var host in services.Hosts)
        {
            var policies = host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
            foreach (var endpoint in host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
            {
                var path = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
                if (!scoped.ContainsKey(path)) continue;
                var policy = await AuthorizationPolicy.CombineAsync(policies,
                    endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
                found[path] = policy?.Requirements.OfType<ScopeRequirement>().Select(r => r.Scope).ToList() ?? [];
            }
        }

        foreach (var (path, scope) in scoped)
        {
            Assert.True(found.ContainsKey(path), $"{path} is not mapped by the secured hosts.");
            Assert.Equal([scope], found[path]);
        }
    }
}
