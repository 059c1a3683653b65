using System.Net;
using System.Text.Json;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.Testing;

namespace AltSeason.ScoringService.Tests.Service;

[Collection(ServersFixture.Collection)]
public sealed class QueryApiTests(ServersFixture servers)
{
    static readonly DateOnly Friday = new(2024, 3, 1);

    [Fact]
    public async Task Scores_are_served_over_grpc_and_json_and_bad_requests_name_what_is_wrong()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday));
        await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(2)));
        await host.WaitForStreamAsync("score/v1/2024-03-03");

        var listed = await host.Scoring.ListScoresAsync(new ListScoresRequest
        {
            From = Friday.AddDays(-10).ToMessage(), To = Friday.AddDays(10).ToMessage(),
        }).ToListAsync();
        Assert.Equal([Friday, Friday.AddDays(2)], listed.Select(s => s.AsOf.ToDateOnly("as_of")));
        var score = listed[0];
        Assert.Equal("v1", score.ModelVersion);
        Assert.Equal(6, score.Components.Count);
        Assert.Equal(100, score.Components.Sum(c => c.WeightPercent), 9);
        Assert.Equal(100, score.Components.Where(c => c.Present).Sum(c => c.EffectiveWeightPercent), 9);
        Assert.Equal(["equities_risk_on", "derivatives_positioning"], score.MissingComponents);

        var explained = await host.Scoring.ExplainScoreAsync(new ExplainScoreRequest { AsOf = Friday.ToMessage() });
        Assert.Equal(score.ScorePoints, explained.Contributions.Sum(c => c.ContributionPoints), 9);
        Assert.Equal(4, explained.Contributions.Count);
        Assert.All(explained.Contributions, c => Assert.Equal("onchain", c.Family));
        Assert.Equal("altcoin_breadth", explained.Contributions[0].Name); // 50 points × 20/60 beats dominance's 62.5 × 15/60

        var missing = await Assert.ThrowsAsync<RpcException>(() => host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.AddDays(1).ToMessage() }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var badModel = await Assert.ThrowsAsync<RpcException>(() => host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage(), ModelVersion = "v9" }));
        Assert.Equal(StatusCode.InvalidArgument, badModel.StatusCode);
        Assert.Contains("v9", badModel.Status.Detail, StringComparison.Ordinal);
        var badDate = await Assert.ThrowsAsync<RpcException>(() => host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 2, Day = 30 } }));
        Assert.Equal(StatusCode.InvalidArgument, badDate.StatusCode);
        Assert.Contains("as_of", badDate.Status.Detail, StringComparison.Ordinal);

        using var latest = JsonDocument.Parse(await host.Http.GetStringAsync("/api/scores/latest"));
        Assert.Equal("2024-03-03", latest.RootElement.GetProperty("asOf").GetString());
        using var one = JsonDocument.Parse(await host.Http.GetStringAsync("/api/scores/2024-03-01"));
        Assert.Equal(score.ScorePoints, one.RootElement.GetProperty("score").GetDouble(), 9);
        Assert.Equal("score/v1/2024-03-01", one.RootElement.GetProperty("streamId").GetString());
        using var range = JsonDocument.Parse(await host.Http.GetStringAsync("/api/scores?from=2024-03-02&to=2024-03-31"));
        Assert.Equal(1, range.RootElement.GetArrayLength());

        using var badHttpDate = await host.Http.GetAsync("/api/scores?from=2024-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, badHttpDate.StatusCode);
        using var problem = JsonDocument.Parse(await badHttpDate.Content.ReadAsStringAsync());
        Assert.StartsWith("from '2024-13-01'", problem.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        using var notScored = await host.Http.GetAsync("/api/scores/2024-03-02");
        Assert.Equal(HttpStatusCode.NotFound, notScored.StatusCode);
        using var root = await host.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode); // "/" is left for the dashboard
    }
}
