using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Messaging;

[Collection(ServersFixture.Collection)]
public sealed class InboxTests(ServersFixture servers)
{
    [Fact]
    public async Task The_same_message_handled_twice_yields_one_append()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var runs = 0;
        Task Handle(EventSession session, CancellationToken _)
        {
            Interlocked.Increment(ref runs);
            session.Append("acct-1", ExpectedVersion.Any, new Deposited(10));
            return Task.CompletedTask;
        }

        Assert.True(await store.HandleOnceAsync("msg-1", "funding", Handle));
        Assert.False(await store.HandleOnceAsync("msg-1", "funding", Handle));
        Assert.True(await store.HandleOnceAsync("msg-1", "another-consumer", Handle));

        Assert.Equal(2, runs);
        Assert.Equal(2, await store.GetStreamVersionAsync("acct-1"));
    }

    [Fact]
    public async Task Concurrent_duplicates_commit_once()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            return await store.HandleOnceAsync("msg-7", "funding", (session, _) =>
            {
                session.Append("acct-7", ExpectedVersion.Any, new Deposited(1));
                return Task.CompletedTask;
            });
        })).ToList();
        go.SetResult();

        Assert.Single(await Task.WhenAll(attempts), handled => handled);
        Assert.Equal(1, await store.GetStreamVersionAsync("acct-7"));
    }

    [Fact]
    public async Task A_failing_handler_leaves_no_inbox_row_so_redelivery_retries_it()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.HandleOnceAsync("msg-2", "funding", (session, _) =>
        {
            session.Append("acct-2", ExpectedVersion.Any, new Deposited(1));
            throw new InvalidOperationException("handler failed");
        }));
        Assert.True(await store.HandleOnceAsync("msg-2", "funding", (session, _) =>
        {
            session.Append("acct-2", ExpectedVersion.Any, new Deposited(1));
            return Task.CompletedTask;
        }));
        Assert.Equal(1, await store.GetStreamVersionAsync("acct-2"));
    }
}
