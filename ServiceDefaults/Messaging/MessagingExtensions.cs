using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AltSeason.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ from <c>ConnectionStrings:messaging</c> (<c>amqp://user:pass@host:port/vhost</c>).
    /// Queues are named after the service so several instances of one service compete for its messages.
    /// </summary>
    public static void AddMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configure)
    {
        var uri = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var amqp) || amqp.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException(
                $"No broker configured: set ConnectionStrings__{ConnectionName} to amqp://user:pass@host:port/vhost, or start the platform with ./run.sh.");
        }
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        // A service is ready only once its queues are bound: messages published before that would be dropped.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.Configure<BusWatchdogOptions>(builder.Configuration.GetSection(BusWatchdogOptions.Section));
        builder.Services.AddSingleton(new QueueConsumerProbe(amqp));
        builder.Services.AddHostedService<BusWatchdog>();
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix: Prefix(serviceName), includeNamespace: false));
            configure?.Invoke(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(amqp);
                cfg.ConfigureJsonSerializerOptions(Compact);
                cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
                cfg.ConfigureEndpoints(context);
            });
        });
    }

    /// <summary>
    /// MassTransit writes message bodies indented by default. Backfill messages carry thousands of rows or signal values,
    /// where the indentation was about half of every body the broker moved and every consumer held and parsed.
    /// The options are process-wide and may already be in use (several buses in one test process), so a copy is changed.
    /// </summary>
    static JsonSerializerOptions Compact(JsonSerializerOptions options) =>
        options.WriteIndented ? new JsonSerializerOptions(options) { WriteIndented = false } : options;

    static string Prefix(string serviceName) =>
        serviceName.Replace("AltSeason.", "", StringComparison.OrdinalIgnoreCase).ToLowerInvariant();
}
