using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AltSeason.ServiceDefaults.Telemetry;

/// <summary>
/// Tracing, metrics and logs through the OpenTelemetry SDK. OpenTelemetry.Extensions.Hosting and the
/// instrumentation packages are not on the feed, so the providers are built here and listen to the
/// ActivitySources and Meters that ASP.NET Core, HttpClient, Npgsql and MassTransit already emit.
/// </summary>
public static class TelemetryExtensions
{
    static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit", "AltSeason", "AltSeason.*"];
    static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "Npgsql", "MassTransit",
        "AltSeason", "AltSeason.*",
    ];

    public static void ConfigurePlatformTelemetry(this IHostApplicationBuilder builder)
    {
        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var export = !string.IsNullOrWhiteSpace(otlp);
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName).AddEnvironmentVariableDetector();

        var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(Sources);
        var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource);
        if (export)
        {
            tracing.AddOtlpExporter();
            metrics.AddMeter(Meters).AddOtlpExporter();
            builder.Logging.AddOpenTelemetry(o =>
            {
                o.SetResourceBuilder(resource);
                o.IncludeScopes = true;
                o.AddOtlpExporter();
            });
        }
        // The providers must exist even without an exporter: their listeners make activities get created,
        // which is what carries trace ids across HTTP, gRPC and MassTransit hops (spans stay sampled: with a
        // propagation-only sampler a consumed message no longer joined its publisher's trace). Meters are listened to
        // only for an exporter: nothing else reads them, and every request paid for their histograms.
        builder.Services.AddSingleton(tracing.Build());
        builder.Services.AddSingleton(metrics.Build());
        builder.Services.AddHostedService<TelemetryProvidersStarter>();
    }
}
