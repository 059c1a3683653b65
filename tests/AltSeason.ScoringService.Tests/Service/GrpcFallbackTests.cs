using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;
using AltSeason.LocalInfrastructure;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Evaluation;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.Testing;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.ScoringService.Tests.Service;

[Collection(ServersFixture.Collection)]
public sealed class GrpcFallbackTests(ServersFixture servers)
{
    static readonly DateOnly Friday = new(2024, 3, 1);
    static readonly DateOnly Saturday = Friday.AddDays(1);

    static SignalsEvaluation FridayEquities(string sha)
    {
        var evaluation = new SignalsEvaluation
        {
            Family = "equities",
            AsOf = Friday.ToMessage(),
            ModelVersion = "equities-v1",
            CodeVersion = "fake",
            InputsSha256 = Evaluations.Sha(),
            Event = new EventReference
            {
                StreamId = "equities/2024-03-01", StreamVersion = 4, EventSha256 = sha,
                RecordedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            },
        };
        evaluation.Values.AddRange(Evaluations.EquitiesValues().Select(v => v.ToMessage()));
        return evaluation;
    }

    [Fact]
    public async Task A_family_Scoring_lacks_is_fetched_from_its_service_and_a_Saturday_uses_Fridays_equities()
    {
        await using var equities = await FakeSignalsService.StartAsync("equities");
        var sha = Evaluations.Sha();
        equities.State.Evaluations.Add(FridayEquities(sha));
        await using var host = await ScoringHost.StartAsync(servers, new Dictionary<string, Uri> { ["equities"] = equities.Address });

        await host.PublishAsync(Evaluations.OnChain(Saturday));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-02");

        var score = Assert.IsType<ScoreEvaluated>(events[0].Data);
        Assert.Equal(["derivatives_positioning"], score.Missing);
        var used = score.Inputs.Single(i => i.Family == "equities");
        Assert.Equal(Friday, used.AsOf);
        Assert.Equal(("equities/2024-03-01", 4L, sha), (used.SourceStreamId, used.SourceStreamVersion, used.SourceEventSha256));
        Assert.Contains(equities.State.Calls, c => c.StartsWith("ListSignals", StringComparison.Ordinal));
        var component = Assert.IsType<ComponentRecorded>(Assert.Single(await host.Store.ReadStreamAsync("components/equities/2024-03-01")).Data);
        Assert.Equal(ComponentVia.Grpc, component.ReceivedVia);
    }

    [Fact]
    public async Task The_message_of_an_evaluation_already_fetched_records_nothing_new()
    {
        await using var equities = await FakeSignalsService.StartAsync("equities");
        var sha = Evaluations.Sha();
        equities.State.Evaluations.Add(FridayEquities(sha));
        await using var host = await ScoringHost.StartAsync(servers, new Dictionary<string, Uri> { ["equities"] = equities.Address });
        await host.PublishAsync(Evaluations.OnChain(Saturday));
        await host.WaitForStreamAsync("score/v1/2024-03-02");

        await host.PublishAsync(Evaluations.Equities(Friday, version: 4, eventSha256: sha));
        await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(30)));
        await host.WaitForStreamAsync("score/v1/2024-03-31");

        Assert.Single(await host.Store.ReadStreamAsync("components/equities/2024-03-01"));
        Assert.Single(await host.Store.ReadStreamAsync("score/v1/2024-03-02"));
    }

    [Fact]
    public async Task With_the_family_service_down_the_component_is_missing_until_its_message_arrives()
    {
        await using var host = await ScoringHost.StartAsync(servers); // every signal service address is a closed port

        await host.PublishAsync(Evaluations.OnChain(Saturday));
        var first = Assert.IsType<ScoreEvaluated>((await host.WaitForStreamAsync("score/v1/2024-03-02"))[0].Data);
        Assert.Contains("equities_risk_on", first.Missing);

        await host.PublishAsync(Evaluations.Equities(Friday));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-02", version: 2);
        var second = Assert.IsType<ScoreEvaluated>(events[1].Data);
        Assert.DoesNotContain("equities_risk_on", second.Missing);
        Assert.Equal(Friday, second.Inputs.Single(i => i.Family == "equities").AsOf);
    }

    [Fact]
    public async Task When_a_service_that_was_down_comes_back_Scoring_catches_up_without_a_new_message()
    {
        var port = FreePorts.Pick(1)[0];
        await using var host = await ScoringHost.StartAsync(servers,
            new Dictionary<string, Uri> { ["equities"] = new($"http://127.0.0.1:{port}") });
        await host.PublishAsync(Evaluations.OnChain(Saturday));
        var first = Assert.IsType<ScoreEvaluated>((await host.WaitForStreamAsync("score/v1/2024-03-02"))[0].Data);
        Assert.Contains("equities_risk_on", first.Missing);

        await using var equities = await FakeSignalsService.StartAsync("equities", port, [FridayEquities(Evaluations.Sha())]);
        var events = await host.WaitForStreamAsync("score/v1/2024-03-02", version: 2);
        var second = Assert.IsType<ScoreEvaluated>(events[1].Data);
        Assert.DoesNotContain("equities_risk_on", second.Missing);
        Assert.Equal(Friday, second.Inputs.Single(i => i.Family == "equities").AsOf);
    }
}
