using AltSeason.ServiceDefaults;
using AltSeason.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AltSeason.Foundation.Tests.Messaging;

public sealed record WatchedPing(Guid Id);

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
    WebApplication Service(TimeSpan restartAfter)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "watched-service", EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:eventstore"] = servers.ConnectionString;
        builder.Configuration["ConnectionStrings:messaging"] = servers.AmqpUri.ToString();
        builder.Configuration["OTEL_SERVICE_NAME"] = "watched-service";
        builder.Configuration["Auth:SigningKey"] = TestTokens.SigningKey;
        builder.Configuration["Messaging:Watchdog:CheckInterval"] = "00:00:00.2";
        builder.Configuration["Messaging:Watchdog:RestartAfterUnhealthyFor"] = restartAfter.ToString();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults(x => x.AddConsumer<WatchedPingConsumer>());
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
