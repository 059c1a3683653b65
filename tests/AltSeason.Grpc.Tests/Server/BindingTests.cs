using AltSeason.Contracts.V1;
using AltSeason.Grpc.Tests.Fakes;
using AltSeason.Grpc.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Grpc.Tests.Server;

public sealed class BindingTests
{
    [Fact]
    public async Task Mapping_a_class_that_misses_methods_fails_at_start_up_naming_each_one()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            GrpcTestHost.StartAsync(app => app.MapGrpcService<IncompleteScoringApi>(ScoringReflection.Descriptor)));

        Assert.Contains("altseason.v1.Scoring/WatchScores", error.Message, StringComparison.Ordinal);
        Assert.Contains("altseason.v1.Scoring/ExplainScore", error.Message, StringComparison.Ordinal);
        Assert.Contains("altseason.v1.Scoring/ListScores", error.Message, StringComparison.Ordinal);
        Assert.Contains("IServerStreamWriter<ScoreEvaluation>", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Scoring/GetScore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_several_services_needs_the_service_descriptor()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            GrpcTestHost.StartAsync(app => app.MapGrpcService<FakeScoringApi>(Google.Protobuf.Reflection.DescriptorReflection.Descriptor)));

        Assert.Contains("0 services", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoints_carry_the_method_and_accept_per_method_conventions()
    {
        await using var host = await GrpcTestHost.StartAsync(app =>
            app.MapGrpcService<FakeScoringApi>(ScoringReflection.Descriptor)
                .ForMethod("GetScore", m => m.WithMetadata(new RequiredScope("scores:read"))));

        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var getScore = endpoints.Single(e => e.Metadata.GetMetadata<GrpcMethod>()?.Name == "GetScore");
        var listScores = endpoints.Single(e => e.Metadata.GetMetadata<GrpcMethod>()?.Name == "ListScores");

        Assert.Equal("altseason.v1.Scoring/GetScore", getScore.Metadata.GetMetadata<GrpcMethod>()!.FullName);
        Assert.Equal("scores:read", getScore.Metadata.GetMetadata<RequiredScope>()?.Scope);
        Assert.Null(listScores.Metadata.GetMetadata<RequiredScope>());
    }

    [Fact]
    public async Task Unknown_method_in_a_convention_is_named()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GrpcTestHost.StartAsync(app =>
            app.MapGrpcService<FakeScoringApi>(ScoringReflection.Descriptor).ForMethod("GetScores", _ => { })));

        Assert.Contains("GetScores", error.Message, StringComparison.Ordinal);
    }

    private sealed record RequiredScope(string Scope);
}
