using System.Diagnostics;
using AltSeason.ServiceDefaults;
using AltSeason.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Foundation.Tests.Messaging;

public sealed record TracedPing(Guid Id);

public sealed class TracedPingConsumer(TaskCompletionSource<ActivityTraceId> received) : IConsumer<TracedPing>
{
    public Task Consume(ConsumeContext<TracedPing> context)
    {
        received.TrySetResult(Activity.Current?.TraceId ?? default);
        return Task.CompletedTask;
    }
}

public sealed class TracePropagationTests(ServersFixture servers) : IClassFixture<ServersFixture>
{
    WebApplication Service(string name, Action<IBusRegistrationConfigurator>? messaging = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = name, EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:eventstore"] = servers.ConnectionString;
        builder.Configuration["ConnectionStrings:messaging"] = servers.AmqpUri.ToString();
        builder.Configuration["OTEL_SERVICE_NAME"] = name;
        builder.Configuration["Auth:SigningKey"] = TestTokens.SigningKey;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services?.Invoke(builder.Services);
        builder.AddServiceDefaults(messaging);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        return app;
    }

    [Fact]
    public async Task A_message_published_by_one_service_is_consumed_by_another_in_the_same_trace()
    {
        var received = new TaskCompletionSource<ActivityTraceId>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var consumer = Service("consumer-service", x => x.AddConsumer<TracedPingConsumer>(), s => s.AddSingleton(received));
        await using var publisher = Service("publisher-service");
        await consumer.StartAsync();
        await publisher.StartAsync();

        using var source = new ActivitySource("AltSeason.Tests");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        ActivityTraceId published;
        using (var activity = source.StartActivity("publish-ping")!)
        {
            published = activity.TraceId;
            await publisher.Services.GetRequiredService<IBus>().Publish(new TracedPing(Guid.NewGuid()));
        }

        var consumed = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(published, consumed);
        await publisher.StopAsync();
        await consumer.StopAsync();
    }
}
