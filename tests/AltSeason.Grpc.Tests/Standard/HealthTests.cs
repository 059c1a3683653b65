using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;
using AltSeason.Grpc.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ServingStatus = AltSeason.Grpc.Health.Protocol.HealthCheckResponse.Types.ServingStatus;

namespace AltSeason.Grpc.Tests.Standard;

public sealed class HealthTests
{
    private static Task<GrpcTestHost> StartAsync(SwitchableDependency dependency) => GrpcTestHost.StartAsync(
        app =>
        {
            app.MapGrpcService<FakeScoringApi>(ScoringReflection.Descriptor);
            app.MapGrpcHealthAndReflection();
        },
        options => options.HealthWatchInterval = TimeSpan.FromMilliseconds(50),
        services =>
        {
            services.AddSingleton(new Probe());
            services.AddHealthChecks().AddCheck("database", dependency);
        });

    [Fact]
    public async Task Check_follows_the_health_checks()
    {
        var dependency = new SwitchableDependency();
        await using var host = await StartAsync(dependency);
        using var grpc = host.CreateClient();
        var health = new HealthClient(grpc);

        var up = await health.CheckAsync();
        var upForService = await health.CheckAsync("altseason.v1.Scoring");
        dependency.IsUp = false;
        var down = await health.CheckAsync();

        Assert.Equal(ServingStatus.Serving, up.Status);
        Assert.Equal(ServingStatus.Serving, upForService.Status);
        Assert.Equal(ServingStatus.NotServing, down.Status);
    }

    [Fact]
    public async Task List_names_every_mapped_service()
    {
        var dependency = new SwitchableDependency { IsUp = false };
        await using var host = await StartAsync(dependency);
        using var grpc = host.CreateClient();

        var list = await new HealthClient(grpc).ListAsync();

        Assert.Equal(["", "altseason.v1.Scoring", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"], list.Statuses.Keys.Order());
        Assert.All(list.Statuses.Values, s => Assert.Equal(ServingStatus.NotServing, s.Status));
    }

    [Fact]
    public async Task Check_of_an_unknown_service_is_NOT_FOUND()
    {
        await using var host = await StartAsync(new SwitchableDependency());
        using var grpc = host.CreateClient();

        var error = await Assert.ThrowsAsync<RpcException>(() => new HealthClient(grpc).CheckAsync("altseason.v1.Nope"));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Watch_reports_the_change_when_a_dependency_fails()
    {
        var dependency = new SwitchableDependency();
        await using var host = await StartAsync(dependency);
        using var grpc = host.CreateClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var seen = new List<ServingStatus>();
        await foreach (var update in new HealthClient(grpc).WatchAsync(options: new CallOptions(CancellationToken: cancel.Token)))
        {
            seen.Add(update.Status);
            if (seen.Count == 1)
            {
                dependency.IsUp = false;
            }
            else
            {
                break;
            }
        }

        Assert.Equal([ServingStatus.Serving, ServingStatus.NotServing], seen);
    }
}
