using RabbitMQ.Client;

namespace AltSeason.ServiceDefaults.Messaging;

/// <summary>
/// Asks the broker, on a connection of its own, whether each of the service's queues has a consumer. The bus's own
/// health cannot say: after a reconnect while a message was being handled, MassTransit reports the endpoint ready but
/// subscribes again only once that message is done (seen: healthy, no consumer, messages waiting).
/// </summary>
public sealed class QueueConsumerProbe(Uri broker) : IAsyncDisposable
{
    IConnection? _connection;

    /// <returns>Null when every queue has a consumer; otherwise what is wrong, naming the queues.</returns>
    public async Task<string?> FindQueuesWithoutConsumerAsync(IReadOnlyList<string> queues, CancellationToken ct)
    {
        if (queues.Count == 0) return null;
        try
        {
            _connection ??= await new ConnectionFactory { Uri = broker, ClientProvidedName = "bus-watchdog" }.CreateConnectionAsync(ct);
            var idle = new List<string>();
            foreach (var queue in queues)
            {
                // A channel per queue: a passive declare of a missing queue closes the channel it ran on.
                await using var channel = await _connection.CreateChannelAsync(cancellationToken: ct);
                if ((await channel.QueueDeclarePassiveAsync(queue, ct)).ConsumerCount == 0) idle.Add(queue);
            }
            return idle.Count == 0 ? null : "no consumer on " + string.Join(", ", idle);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A missing queue or an unreachable broker: nothing is consuming either way. Reconnect on the next check.
            await DisposeAsync();
            return $"could not ask the broker about {string.Join(", ", queues)}: {e.Message}";
        }
    }

    /// <summary>The queue names of a bus's receive endpoints (<c>rabbitmq://host/vhost/queue</c>), without its temporary reply endpoint.</summary>
    public static IReadOnlyList<string> QueueNames(IEnumerable<string> endpointAddresses) =>
        [.. endpointAddresses
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri : null)
            .Where(u => u is not null && !u.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase))
            .Select(u => Uri.UnescapeDataString(u!.Segments[^1]))];

    public async ValueTask DisposeAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is null) return;
        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception) { /* already broken: the point of disposing it */ }
    }
}
