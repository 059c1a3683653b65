using AltSeason.ServiceDefaults;
using AltSeason.ServiceDefaults.Messaging;
using AltSeason.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AltSeason.Foundation.Tests.Messaging;

public sealed record WatchedPing(Guid Id);

public sealed record SlowPing(Guid Id);

/// <summary>Takes a minute over its message (or until the service stops).</summary>
public sealed class SlowPingConsumer : IConsumer<SlowPing>
{
    public static readonly TaskCompletionSource Started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task Consume(ConsumeContext<SlowPing> context)
    {
        Started.TrySetResult();
        await Task.Delay(TimeSpan.FromMinutes(1), context.CancellationToken);
    }
}

public sealed class WatchedPingConsumer : IConsumer<WatchedPing>
{
    public Task Consume(ConsumeContext<WatchedPing> context) => Task.CompletedTask;
}

/// <summary>
/// A service whose bus stays unhealthy stops itself so its supervisor restarts it; one that rides out a short broker
/// restart keeps running. Both stop this class's own broker, so they share no servers with other tests.
/// </summary>
public sealed class BusWatchdogTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    WebApplication Service(TimeSpan restartAfter, Action<IBusRegistrationConfigurator>? messaging = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "watched-service", EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:eventstore"] = servers.ConnectionString;
        builder.Configuration["ConnectionStrings:messaging"] = servers.AmqpUri.ToString();
        builder.Configuration["OTEL_SERVICE_NAME"] = "watched-service";
        builder.Configuration["Auth:SigningKey"] = TestTokens.SigningKey;
        builder.Configuration["Messaging:Watchdog:CheckInterval"] = "00:00:00.2";
        builder.Configuration["Messaging:Watchdog:RestartAfterUnhealthyFor"] = restartAfter.ToString();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults(messaging ?? (x => x.AddConsumer<WatchedPingConsumer>()));
        var app = builder.Build();
        app.MapDefaultEndpoints();
        return app;
    }

    static Task StoppingAsync(WebApplication app)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task;
    }

    [Fact]
    public async Task A_service_whose_bus_stays_unhealthy_past_the_limit_stops_itself()
    {
        await using var app = Service(restartAfter: TimeSpan.FromSeconds(3));
        await app.StartAsync();
        var stopping = StoppingAsync(app);
        Assert.Equal(BusHealthStatus.Healthy, app.Services.GetRequiredService<IBusControl>().CheckHealth().Status);

        await servers.RabbitMq.StopAsync();
        try
        {
            await stopping.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await servers.RabbitMq.StartAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_broker_restart_shorter_than_the_limit_leaves_the_service_running()
    {
        await using var app = Service(restartAfter: TimeSpan.FromSeconds(60));
        await app.StartAsync();
        var stopping = StoppingAsync(app);
        var bus = app.Services.GetRequiredService<IBusControl>();

        await servers.RabbitMq.StopAsync();
        await WaitForAsync(() => bus.CheckHealth().Status != BusHealthStatus.Healthy, "the bus to notice the broker is gone");
        await servers.RabbitMq.StartAsync(CancellationToken.None);
        await WaitForAsync(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, "the bus to reconnect");

        Assert.False(stopping.IsCompleted, "The service stopped although its bus recovered within the limit.");
        await app.StopAsync();
    }

    [Fact]
    public async Task A_service_that_stops_consuming_after_a_broker_restart_stops_itself()
    {
        // A broker restart while a message is being handled: MassTransit subscribes again only once that message is
        // done (here a minute). Meanwhile it reports the endpoint either faulted or, depending on timing, ready with no
        // consumer on the queue; the watchdog must see both.
        await using var app = Service(restartAfter: TimeSpan.FromSeconds(5), x => x.AddConsumer<SlowPingConsumer>());
        await app.StartAsync();
        var stopping = StoppingAsync(app);
        var bus = app.Services.GetRequiredService<IBusControl>();
        await bus.Publish(new SlowPing(Guid.NewGuid()));
        await SlowPingConsumer.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await servers.RabbitMq.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await servers.RabbitMq.StartAsync(CancellationToken.None);

        await stopping.WaitAsync(TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task The_probe_names_each_queue_without_a_consumer_and_a_queue_that_does_not_exist()
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = servers.AmqpUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync("probe-idle", durable: false, exclusive: false, autoDelete: true);
        await channel.QueueDeclareAsync("probe-consumed", durable: false, exclusive: false, autoDelete: true);
        await channel.BasicConsumeAsync("probe-consumed", autoAck: true, consumerTag: "", noLocal: false, exclusive: false, arguments: null, new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(channel));
        await using var probe = new QueueConsumerProbe(servers.AmqpUri);

        Assert.Null(await probe.FindQueuesWithoutConsumerAsync(["probe-consumed"], default));
        Assert.Equal("no consumer on probe-idle", await probe.FindQueuesWithoutConsumerAsync(["probe-consumed", "probe-idle"], default));
        var missing = await probe.FindQueuesWithoutConsumerAsync(["probe-missing"], default);
        Assert.StartsWith("could not ask the broker about probe-missing: ", missing);
        Assert.Contains("NOT_FOUND", missing);
        // The failed check dropped its connection; the next one opens another.
        Assert.Null(await probe.FindQueuesWithoutConsumerAsync(["probe-consumed"], default));
    }

    [Fact]
    public void Queue_names_come_from_the_endpoint_addresses_without_the_temporary_reply_endpoint()
    {
        Assert.Equal(["equities-market-data-ingested", "scoring-signals-evaluated"], QueueConsumerProbe.QueueNames(
        [
            "rabbitmq://127.0.0.1:5672/equities-market-data-ingested",
            "rabbitmq://127.0.0.1:5672/vm_host_bus_abc?temporary=true",
            "rabbitmq://broker/platform/scoring-signals-evaluated",
        ]));
    }

    static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited 60 s for {what}.");
            await Task.Delay(100);
        }
    }
}
