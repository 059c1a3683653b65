using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AltSeason.Reliability.Tests.Support;

/// <summary>Reads the broker directly, as an operator would: which queue exists, and what was parked in it and why.</summary>
public sealed class BrokerQueues(Uri amqp)
{
    public async Task<bool> ExistsAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (OperationInterruptedException)
        {
            return false; // 404 NOT_FOUND closes the channel; the connection goes with it
        }
    }

    /// <summary>Messages ready in <paramref name="queue"/> (not those delivered and unacknowledged); -1 when it does not exist.</summary>
    public async Task<long> ReadyCountAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return -1;
        }
    }

    /// <summary>"ready N, consumers M" for an operator reading a failure, or why the queue could not be read.</summary>
    public async Task<string> DescribeAsync(string queue)
    {
        try
        {
            await using var connection = await ConnectAsync();
            await using var channel = await connection.CreateChannelAsync();
            var state = await channel.QueueDeclarePassiveAsync(queue);
            return $"ready {state.MessageCount}, consumers {state.ConsumerCount}";
        }
        catch (Exception e) when (e is OperationInterruptedException or BrokerUnreachableException)
        {
            return $"unreadable ({e.GetType().Name})";
        }
    }

    /// <summary>Empties each queue that exists (a missing one is skipped); returns how many messages were dropped.</summary>
    public async Task<long> PurgeAsync(IEnumerable<string> queues)
    {
        long purged = 0;
        await using var connection = await ConnectAsync();
        foreach (var queue in queues)
        {
            // A 404 closes the channel it happened on, so each queue gets its own.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                purged += await channel.QueuePurgeAsync(queue);
            }
            catch (OperationInterruptedException)
            {
            }
        }
        return purged;
    }

    /// <summary>Takes every message from <paramref name="queue"/> (so a second look sees only new ones) with its string headers.</summary>
    public async Task<List<ParkedMessage>> DrainAsync(string queue)
    {
        var messages = new List<ParkedMessage>();
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } got)
        {
            var headers = (got.BasicProperties.Headers ?? new Dictionary<string, object?>())
                .ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? "");
            messages.Add(new ParkedMessage(Encoding.UTF8.GetString(got.Body.Span), headers));
        }
        return messages;
    }

    Task<IConnection> ConnectAsync() => new ConnectionFactory { Uri = amqp }.CreateConnectionAsync();
}

public sealed record ParkedMessage(string Body, IReadOnlyDictionary<string, string> Headers);
