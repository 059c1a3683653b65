using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using AltSeason.Scoring.Evaluation;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.Testing;

namespace AltSeason.ScoringService.Tests.Service;

[Collection(ServersFixture.Collection)]
public sealed class InstancesTests(ServersFixture servers)
{
    static readonly DateOnly Monday = new(2024, 3, 4);

    [Fact]
    public async Task Two_instances_compete_for_messages_and_agree_on_every_score_and_a_watcher_on_one_sees_the_others()
    {
        await using var a = await ScoringHost.StartAsync(servers);
        await using var b = await ScoringHost.StartAsync(servers, shared: a);
        await a.PublishAsync(Evaluations.OnChain(Monday.AddDays(-10)));
        await a.WaitForStreamAsync("score/v1/2024-02-23");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var watch = b.Scoring.WatchScoresAsync(new WatchScoresRequest { ModelVersion = "v1" }, new CallOptions(CancellationToken: timeout.Token))
            .GetAsyncEnumerator(timeout.Token);
        var seen = new List<ScoreEvaluation>();
        try
        {
            Assert.True(await watch.MoveNextAsync()); // the latest score: the watch is live from here on

            for (var day = 0; day < 5; day++)
            {
                await a.PublishAsync(Evaluations.OnChain(Monday.AddDays(day)));
                await b.PublishAsync(Evaluations.Equities(Monday.AddDays(day)));
                await a.PublishAsync(Evaluations.Derivatives(Monday.AddDays(day)));
            }

            // Every day ends with all three families, whichever instance handled which message in which order.
            for (var day = 0; day < 5; day++)
            {
                var stream = ScoreStreams.For("v1", Monday.AddDays(day));
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while ((await a.Store.ReadStreamAsync(stream)) is var events
                    && (events.Count == 0 || ((ScoreEvaluated)events[^1].Data).Missing.Count > 0))
                {
                    Assert.True(DateTime.UtcNow < deadline, $"{stream} never got all three families.");
                    await Task.Delay(100);
                }
            }

            var expected = 0;
            for (var day = 0; day < 5; day++)
                expected += (await a.Store.ReadStreamAsync(ScoreStreams.For("v1", Monday.AddDays(day)))).Count;
            while (seen.Count < expected && await watch.MoveNextAsync()) seen.Add(watch.Current);
        }
        finally
        {
            await timeout.CancelAsync();
            try { await watch.DisposeAsync(); }
            catch (RpcException) { /* the cancelled call ends with CANCELLED */ }
            catch (OperationCanceledException) { }
        }

        Assert.Equal(seen.Count, seen.Select(s => (s.Event.StreamId, s.Event.StreamVersion)).Distinct().Count());
        Assert.All(Enumerable.Range(0, 5), day => Assert.Contains(seen, s => s.AsOf.ToDateOnly("as_of") == Monday.AddDays(day) && s.MissingComponents.Count == 0));
        Assert.True((await b.Audit.VerifyAsync(new VerifyRequest())).Ok);
        Assert.Equal(0, (await b.Audit.ReplayAsync(new ReplayRequest())).Differences);
    }
}
