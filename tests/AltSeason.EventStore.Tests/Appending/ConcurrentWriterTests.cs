using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Appending;

[Collection(ServersFixture.Collection)]
public sealed class ConcurrentWriterTests(ServersFixture servers)
{
    [Fact]
    public async Task Sixteen_writers_on_one_stream_one_wins_each_version_and_losers_burn_no_position()
    {
        const int Writers = 16;
        const int Rounds = 8;
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("hot-1", ExpectedVersion.NoStream, [new Opened("start")]);

        var losses = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var expected = await store.GetStreamVersionAsync("hot-1");
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                await go.Task;
                try
                {
                    await store.AppendAsync("hot-1", ExpectedVersion.Exactly(expected), [new Deposited(writer)]);
                    return true;
                }
                catch (ConcurrencyException e)
                {
                    Assert.Equal(ExpectedVersion.Exactly(expected), e.Expected);
                    Assert.Equal(expected + 1, e.ActualVersion);
                    Interlocked.Increment(ref losses);
                    return false;
                }
            })).ToList();

            go.SetResult();
            var outcomes = await Task.WhenAll(attempts);
            Assert.Single(outcomes, won => won);
        }

        Assert.Equal(Rounds * (Writers - 1), losses);
        var positions = await TestStores.PositionsAsync(store);
        Assert.Equal(1 + Rounds, positions.Count);
        Assert.Equal(Enumerable.Range((int)positions[0], positions.Count).Select(p => (long)p), positions);
        var versions = (await store.ReadStreamAsync("hot-1")).Select(e => e.Version);
        Assert.Equal(Enumerable.Range(1, 1 + Rounds).Select(v => (long)v), versions);
    }
}
