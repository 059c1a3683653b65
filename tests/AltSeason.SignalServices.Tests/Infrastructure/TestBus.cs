using System.Collections.Concurrent;
using AltSeason.Contracts.Messages;
using MassTransit;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>A separate bus on the same broker: publishes what Ingestion would, and records what the service announces.</summary>
internal sealed class TestBus : IAsyncDisposable
{
    readonly IBusControl _bus;

    TestBus(IBusControl bus) => _bus = bus;

    /// <summary>Every evaluation announced, whatever message carried it.</summary>
    public ConcurrentQueue<AnnouncedEvaluation> Evaluated { get; } = new();

    /// <summary>How many evaluations, and values in all, each announcing message carried.</summary>
    public ConcurrentQueue<(int Evaluations, int Values)> MessageSizes { get; } = new();
    public ConcurrentQueue<SignalsBatchCompleted> Completed { get; } = new();

    public static async Task<TestBus> StartAsync(Uri amqp)
    {
        TestBus? self = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(amqp);
            cfg.ReceiveEndpoint($"signals-test-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                e.Handler<EquitiesSignalsEvaluated>(ctx =>
                {
                    self!.MessageSizes.Enqueue((ctx.Message.Evaluations.Count, ctx.Message.Evaluations.Sum(e => e.Values.Count)));
                    foreach (var evaluation in ctx.Message.Evaluations) self.Evaluated.Enqueue(evaluation);
                    return Task.CompletedTask;
                });
                e.Handler<SignalsBatchCompleted>(ctx => { self!.Completed.Enqueue(ctx.Message); return Task.CompletedTask; });
            });
        });
        self = new TestBus(bus);
        await bus.StartAsync();
        return self;
    }

    public Task PublishAsync(MarketDataIngested message) => _bus.Publish(message);

    public async Task<SignalsBatchCompleted> WaitForBatchAsync(Guid ingestionId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (Completed.FirstOrDefault(c => c.IngestionId == ingestionId) is { } done) return done;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No SignalsBatchCompleted for ingestion {ingestionId}.");
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
