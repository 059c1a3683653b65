using System.Collections.Concurrent;
using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Outbox;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;
using MassTransit;

namespace AltSeason.EventStore.Tests.Messaging;

[Collection(ServersFixture.Collection)]
public sealed class OutboxTests(ServersFixture servers)
{
    const int Messages = 10;

    [Fact]
    public async Task Messages_stay_pending_while_rabbitmq_is_down_and_all_arrive_once_it_is_back()
    {
        await using var producer = await TestStores.CreateAsync(servers, o =>
        {
            o.Messages.Register<AccountFunded>("account-funded");
            o.Outbox.PublishTimeout = TimeSpan.FromSeconds(2);
            o.Outbox.PollInterval = TimeSpan.FromMilliseconds(200);
        });
        await using var consumer = await TestStores.CreateAsync(servers);
        var deliveries = new ConcurrentBag<Guid>();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(servers.AmqpUri);
            cfg.ReceiveEndpoint($"eventstore-tests-{producer.Schema}", e => e.Handler<AccountFunded>(async context =>
            {
                deliveries.Add(context.MessageId!.Value);
                await consumer.HandleOnceAsync(context.MessageId.Value.ToString(), "funding", (session, _) =>
                {
                    session.Append(context.Message.AccountId, ExpectedVersion.Any, new Deposited(context.Message.Amount));
                    return Task.CompletedTask;
                }, context.CancellationToken);
            }));
        });
        await bus.StartAsync();
        var relay = new OutboxRelay(producer, new MassTransitOutboxPublisher(bus, producer));
        try
        {
            await servers.RabbitMq.StopAsync();
            for (var i = 0; i < Messages; i++)
            {
                var session = producer.OpenSession();
                session.StartStream($"acct-{i}", new Opened($"o{i}"), new Deposited(i + 1));
                session.Publish(new AccountFunded($"funded-{i}", i + 1));
                await session.SaveChangesAsync();
            }
            await relay.StartAsync(CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(Messages, await PendingAsync(producer));
            Assert.Empty(deliveries);
            Assert.True(await TestStores.ScalarAsync<int>(producer, "SELECT max(attempts) FROM {schema}.outbox") > 0);

            await servers.RabbitMq.StartAsync(CancellationToken.None);
            await WaitUntilAsync(async () => await PendingAsync(producer) == 0 && await StreamsAsync(consumer) == Messages);
            Assert.Equal(Messages, deliveries.Distinct().Count());

            // The relay crashed after publishing three messages but before marking them: they go out again, and the
            // consumer's inbox turns the redelivery into a no-op.
            await TestStores.ExecuteAsync(producer,
                "UPDATE {schema}.outbox SET sent_at = NULL WHERE sequence IN (SELECT sequence FROM {schema}.outbox ORDER BY sequence LIMIT 3)");
            await WaitUntilAsync(async () => await PendingAsync(producer) == 0 && deliveries.Count >= Messages + 3);
            await Task.Delay(300);
            Assert.Equal(Messages, await TestStores.ScalarAsync<long>(consumer, "SELECT count(*) FROM {schema}.events"));
        }
        finally
        {
            await relay.StopAsync(CancellationToken.None);
            relay.Dispose();
            if (!servers.RabbitMq.IsRunning) await servers.RabbitMq.StartAsync(CancellationToken.None);
            await bus.StopAsync();
        }
    }

    [Fact]
    public async Task Nothing_is_queued_in_the_outbox_when_the_append_loses()
    {
        await using var store = await TestStores.CreateAsync(servers, o => o.Messages.Register<AccountFunded>("account-funded"));
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann")]);

        var session = store.OpenSession();
        session.Append("acct-1", ExpectedVersion.NoStream, new Deposited(5)).Publish(new AccountFunded("acct-1", 5));
        await Assert.ThrowsAsync<Errors.ConcurrencyException>(() => session.SaveChangesAsync());

        Assert.Equal(0, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.outbox"));
        Assert.Throws<Errors.UnregisteredTypeException>(() => store.OpenSession().Publish(new Opened("not a message")));
    }

    [Fact]
    public async Task A_publish_that_ignores_its_cancellation_still_times_out_and_the_batch_stays_pending()
    {
        await using var store = await TestStores.CreateAsync(servers, o =>
        {
            o.Messages.Register<AccountFunded>("account-funded");
            o.Outbox.PublishTimeout = TimeSpan.FromMilliseconds(300);
        });
        var session = store.OpenSession();
        session.Publish(new AccountFunded("acct-1", 1));
        await session.SaveChangesAsync();
        var relay = new OutboxRelay(store, new NeverCompletingPublisher());

        var error = await Assert.ThrowsAsync<OutboxPublishException>(() => relay.RelayPendingAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(1, await PendingAsync(store));
        Assert.Equal(1, await TestStores.ScalarAsync<int>(store, "SELECT attempts FROM {schema}.outbox"));
    }

    /// <summary>A publish stuck below the token's reach, as one was after a broker restart.</summary>
    sealed class NeverCompletingPublisher : IOutboxPublisher
    {
        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken) => new TaskCompletionSource().Task;
    }

    static Task<long> PendingAsync(PostgresEventStore store) =>
        TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.outbox WHERE sent_at IS NULL");

    static Task<long> StreamsAsync(PostgresEventStore store) =>
        TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.streams");

    static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Outbox messages were not all delivered in time.");
            await Task.Delay(100);
        }
    }
}
