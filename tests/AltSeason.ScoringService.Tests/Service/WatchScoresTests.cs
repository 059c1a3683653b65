using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.Testing;

namespace AltSeason.ScoringService.Tests.Service;

[Collection(ServersFixture.Collection)]
public sealed class WatchScoresTests(ServersFixture servers)
{
    static readonly DateOnly Friday = new(2024, 3, 1);

    [Fact]
    public async Task A_watcher_gets_the_latest_score_then_each_new_evaluation_as_it_is_recorded()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday));
        await host.WaitForStreamAsync("score/v1/2024-03-01");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var watch = host.Scoring.WatchScoresAsync(new WatchScoresRequest(), new CallOptions(CancellationToken: timeout.Token))
            .GetAsyncEnumerator(timeout.Token);
        try
        {
            Assert.True(await watch.MoveNextAsync());
            Assert.Equal(Friday, watch.Current.AsOf.ToDateOnly("as_of"));

            await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(1)));
            Assert.True(await watch.MoveNextAsync());
            Assert.Equal(Friday.AddDays(1), watch.Current.AsOf.ToDateOnly("as_of"));
            Assert.Equal("score/v1/2024-03-02", watch.Current.Event.StreamId);
            Assert.Equal(1, watch.Current.Event.StreamVersion);

            await host.PublishAsync(Evaluations.Equities(Friday.AddDays(1)));
            Assert.True(await watch.MoveNextAsync());
            Assert.Equal(2, watch.Current.Event.StreamVersion);
            Assert.DoesNotContain("equities_risk_on", watch.Current.MissingComponents);
        }
        finally
        {
            await timeout.CancelAsync();
            try { await watch.DisposeAsync(); }
            catch (RpcException) { /* the cancelled call ends with CANCELLED */ }
            catch (OperationCanceledException) { }
        }
    }
}
