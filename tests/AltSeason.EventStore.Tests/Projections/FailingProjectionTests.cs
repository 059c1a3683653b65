using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Projections;
using AltSeason.EventStore.Subscriptions;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Projections;

[Collection(ServersFixture.Collection)]
public sealed class FailingProjectionTests(ServersFixture servers)
{
    sealed class AlwaysFails : IAsyncProjection
    {
        public int Attempts;
        public string Name => "always-fails";

        public Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Attempts);
            throw new InvalidOperationException("projection bug");
        }

        public Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task A_throwing_projection_is_retried_without_moving_its_checkpoint_or_stopping_the_others()
    {
        var failing = new AlwaysFails();
        await using var store = await TestStores.CreateAsync(servers, o =>
        {
            o.Projections.AddAsync(failing).AddAsync(new BalanceProjection());
            o.Daemon.PollInterval = TimeSpan.FromMilliseconds(20);
            o.Daemon.LeaderRetryInterval = TimeSpan.FromMilliseconds(50);
        });
        await BalanceProjection.CreateTableAsync(store);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(2)]);

        using var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((failing.Attempts < 3 || (await BalanceProjection.SnapshotAsync(store)).Count == 0) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        await daemon.StopAsync(CancellationToken.None);

        Assert.True(failing.Attempts >= 3);
        Assert.Equal(Checkpoint.Start, await daemon.GetCheckpointAsync("always-fails"));
        Assert.Equal([("acct-1", 2m, 2)], await BalanceProjection.SnapshotAsync(store));
        Assert.False(daemon.ExecuteTask!.IsFaulted);
    }
}
