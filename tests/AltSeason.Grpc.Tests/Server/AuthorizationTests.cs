using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;
using AltSeason.Grpc.Tests.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Grpc.Tests.Server;

/// <summary>Per-method authorization plugs in through ordinary endpoint conventions.</summary>
public sealed class AuthorizationTests
{
    private static readonly GetScoreRequest Request = new() { AsOf = new Date { Year = 2024, Month = 3, Day = 15 } };

    private static Task<GrpcTestHost> StartAsync() => GrpcTestHost.StartAsync(
        app =>
        {
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapGrpcService<FakeScoringApi>(ScoringReflection.Descriptor)
                .ForMethod("GetScore", m => m.RequireAuthorization("scores:read"));
        },
        services: services =>
        {
            services.AddSingleton(new Probe());
            services.AddAuthentication(HeaderTokenAuthentication.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, HeaderTokenAuthentication>(HeaderTokenAuthentication.SchemeName, null);
            services.AddAuthorizationBuilder().AddPolicy("scores:read", policy => policy.RequireClaim("scope", "scores:read"));
        });

    [Fact]
    public async Task Caller_without_a_token_gets_UNAUTHENTICATED_on_a_protected_method_only()
    {
        await using var host = await StartAsync();
        using var grpc = host.CreateClient();
        var scoring = new ScoringClient(grpc);

        var error = await Assert.ThrowsAsync<RpcException>(() => scoring.GetScoreAsync(Request));
        var explanation = await scoring.ExplainScoreAsync(new ExplainScoreRequest { AsOf = Request.AsOf });

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(150, explanation.Evaluation.ScorePoints);
    }

    [Fact]
    public async Task Caller_with_the_scope_gets_through()
    {
        await using var host = await StartAsync();
        using var grpc = host.CreateClient();

        var score = await new ScoringClient(grpc).GetScoreAsync(Request,
            new CallOptions(Headers: new Metadata { { "authorization", "Bearer reader" } }));

        Assert.Equal(150, score.ScorePoints);
    }
}
