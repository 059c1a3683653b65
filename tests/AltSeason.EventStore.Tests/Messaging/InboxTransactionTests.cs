using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;
using Npgsql;

namespace AltSeason.EventStore.Tests.Messaging;

/// <summary>A handler given the inbox transaction reads its own earlier saves; all of it commits once, or not at all.</summary>
[Collection(ServersFixture.Collection)]
public sealed class InboxTransactionTests(ServersFixture servers)
{
    [Fact]
    public async Task A_handler_reads_between_two_saves_and_a_duplicate_runs_nothing()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var runs = 0;
        async Task Handle(Inbox.InboxContext context, CancellationToken ct)
        {
            runs++;
            await context.Session.Append("acct-1", ExpectedVersion.NoStream, new Opened("ann")).SaveChangesAsync(ct);
            var soFar = await context.ReadStreamAsync("acct-1", cancellationToken: ct);
            await using var count = new NpgsqlCommand($"""SELECT count(*) FROM "{store.Schema}".events""", context.Connection, context.Transaction);
            var rows = (long)(await count.ExecuteScalarAsync(ct))!;
            context.Session.Append("acct-1", ExpectedVersion.Exactly(soFar[^1].Version), new Deposited(rows * 10));
        }

        Assert.True(await store.HandleOnceInTransactionAsync("msg-1", "funding", Handle));
        Assert.False(await store.HandleOnceInTransactionAsync("msg-1", "funding", Handle));

        Assert.Equal(1, runs);
        Assert.Equal(new object[] { new Opened("ann"), new Deposited(10) }, (await store.ReadStreamAsync("acct-1")).Select(e => e.Data));
    }

    [Fact]
    public async Task A_handler_that_fails_after_a_save_leaves_nothing_and_the_message_can_be_retried()
    {
        await using var store = await TestStores.CreateAsync(servers);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.HandleOnceInTransactionAsync("msg-2", "funding", async (context, ct) =>
        {
            await context.Session.Append("acct-2", ExpectedVersion.NoStream, new Opened("bob")).SaveChangesAsync(ct);
            throw new InvalidOperationException("downstream failed");
        }));
        Assert.Equal(0, await store.GetStreamVersionAsync("acct-2"));
        Assert.Equal(0, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.inbox"));

        Assert.True(await store.HandleOnceInTransactionAsync("msg-2", "funding", (context, _) =>
        {
            context.Session.Append("acct-2", ExpectedVersion.NoStream, new Opened("bob"));
            return Task.CompletedTask;
        }));
        Assert.Equal(1, await store.GetStreamVersionAsync("acct-2"));
    }
}
