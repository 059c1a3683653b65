using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace AltSeason.Bench.Platform.Baselines;

/// <summary>
/// Raw RabbitMQ: publish <c>count</c> messages of <c>size</c> bytes to a fresh queue on the platform's own broker
/// while one consumer acknowledges them; the time until the last one is consumed. No serialization, no outbox, no
/// inbox: the floor the platform's messaging can be compared with.
/// </summary>
static class RabbitMqBaseline
{
    public static async Task<TimeSpan> PublishAndConsumeAsync(Uri broker, int count, int size, CancellationToken ct = default)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var publisher = await connection.CreateChannelAsync(cancellationToken: ct);
        await using var consumerChannel = await connection.CreateChannelAsync(cancellationToken: ct);
        var queue = (await publisher.QueueDeclareAsync($"bench-baseline-{Guid.NewGuid():N}", durable: false, exclusive: false, autoDelete: true, cancellationToken: ct)).QueueName;
        await consumerChannel.BasicQosAsync(0, 500, false, ct);

        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) == count) done.TrySetResult();
        };
        await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer, ct);

        var body = new byte[size];
        Random.Shared.NextBytes(body);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            await publisher.BasicPublishAsync("", queue, body, ct);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5), ct);
        return clock.Elapsed;
    }
}
