using System.Collections.Concurrent;
using System.Text;
using AltSeason.Contracts.Messages;
using MassTransit;

namespace AltSeason.IngestionService.Tests.Support;

/// <summary>A consumer on the real broker with a queue of its own, collecting every MarketDataIngested published.</summary>
public sealed class MarketDataProbe : IAsyncDisposable
{
    readonly IBusControl _bus;
    readonly ConcurrentQueue<(MarketDataIngested Message, string Body)> _received = new();

    MarketDataProbe(Uri amqp)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(amqp);
            cfg.ReceiveEndpoint($"ingestion-tests-probe-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                e.Handler<MarketDataIngested>(context =>
                {
                    _received.Enqueue((context.Message, Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes())));
                    return Task.CompletedTask;
                });
            });
        });
    }

    public static async Task<MarketDataProbe> StartAsync(Uri amqp)
    {
        var probe = new MarketDataProbe(amqp);
        await probe._bus.StartAsync();
        return probe;
    }

    /// <summary>Messages about one file: tests share the broker, so each filters on its own content hash.</summary>
    public IReadOnlyList<MarketDataIngested> For(string contentSha256) =>
        [.. _received.Where(r => r.Message.ContentSha256 == contentSha256).Select(r => r.Message)];

    /// <summary>The raw bodies (as the broker carried them) of the messages about one file.</summary>
    public IReadOnlyList<string> BodiesFor(string contentSha256) =>
        [.. _received.Where(r => r.Message.ContentSha256 == contentSha256).Select(r => r.Body)];

    public async Task<MarketDataIngested> WaitForAsync(string contentSha256, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (For(contentSha256) is [var first, ..]) return first;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No MarketDataIngested for content {contentSha256} arrived.");
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
