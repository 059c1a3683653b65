using System.Diagnostics;
using AltSeason.Contracts.Messages;
using AltSeason.Reliability.Tests.Support;
using MassTransit;

namespace AltSeason.Reliability.Tests.Faults;

/// <summary>
/// A message no retry can fix (a column with more timestamps than values) is retried with back-off, then parked in
/// the consumer's <c>_error</c> queue with the exception as its reason; the good message published right behind it
/// is processed within a bounded time, and the poison one leaves no trace in the service's state.
/// </summary>
[Collection(ReliabilityPlatformGroup.Name)]
public sealed class PoisonMessageTests(ReliabilityPlatform platform)
{
    static readonly string[] ErrorQueueCandidates = ["equities-market-data-ingested_error", "equitiesmarket-data-ingested_error", "equities_market-data-ingested_error"];

    [Fact]
    public async Task A_poison_message_is_retried_then_parked_with_its_reason_and_does_not_block_the_next_one()
    {
        var queues = new BrokerQueues(platform.App.Servers!.RabbitMq!.Uri);
        foreach (var queue in ErrorQueueCandidates)
            if (await queues.ExistsAsync(queue)) await queues.DrainAsync(queue);

        var poison = Message(Guid.NewGuid(), new DateOnly(2031, 1, 2), values: [100]);
        var good = Message(Guid.NewGuid(), new DateOnly(2031, 1, 3), values: [100, 101]);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(platform.App.Servers!.RabbitMq!.Uri));
        await bus.StartAsync();
        var clock = Stopwatch.StartNew();
        try
        {
            await bus.Publish(poison);
            await bus.Publish(good);
        }
        finally
        {
            await bus.StopAsync();
        }

        await WaitForAsync(() => InboxHasAsync(good.IngestionId), TimeSpan.FromSeconds(60), "the good message to be handled");
        var goodHandledAfter = clock.Elapsed;
        var parked = new List<ParkedMessage>();
        string? errorQueue = null;
        await WaitForAsync(async () =>
        {
            foreach (var queue in ErrorQueueCandidates)
            {
                if (!await queues.ExistsAsync(queue)) continue;
                errorQueue = queue;
                parked.AddRange(await queues.DrainAsync(queue));
            }
            return parked.Count > 0;
        }, TimeSpan.FromSeconds(60), "the poison message in an _error queue");
        var parkedAfter = clock.Elapsed;
        Console.WriteLine($"[reliability] poison parked in {errorQueue} after {parkedAfter.TotalSeconds:0.0}s; the good message behind it handled after {goodHandledAfter.TotalSeconds:0.0}s");

        var message = Assert.Single(parked);
        Assert.Contains(poison.IngestionId.ToString(), message.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2 timestamps but 1 values", message.Headers["MT-Fault-Message"], StringComparison.Ordinal);
        Assert.Equal(typeof(ArgumentException).FullName, message.Headers["MT-Fault-ExceptionType"]);
        Assert.True(int.Parse(message.Headers["MT-Fault-RetryCount"], System.Globalization.CultureInfo.InvariantCulture) >= 3,
            "The poison message was not retried: " + message.Headers["MT-Fault-RetryCount"]);
        Assert.False(await InboxHasAsync(poison.IngestionId), "The failed message left an inbox row: its transaction was not rolled back.");
        Assert.True(goodHandledAfter < TimeSpan.FromSeconds(30), $"The good message waited {goodHandledAfter} behind the poison one.");
    }

    static MarketDataIngested Message(Guid id, DateOnly day, double[] values)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(21, 0)), TimeSpan.Zero);
        DateTimeOffset[] timestamps = [at, at.AddDays(1)];
        var column = new FieldColumn("close", timestamps, values);
        var change = new SeriesChange("equity/rut", "observations/equity/rut", 1, new string('0', 64), day, day.AddDays(1), [column]);
        return new MarketDataIngested(id, "poison-test.csv", "yahoo-csv", new string('a', 64), DateTimeOffset.UtcNow, [change]);
    }

    async Task<bool> InboxHasAsync(Guid ingestionId) =>
        await platform.Database.CountAsync($"SELECT count(*) FROM equities.inbox WHERE message_id = '{ingestionId}'") > 0;

    static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (await condition()) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Waited {timeout} for {what}.");
    }
}
