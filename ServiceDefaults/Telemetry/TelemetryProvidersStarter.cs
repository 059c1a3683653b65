using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AltSeason.ServiceDefaults.Telemetry;

/// <summary>Resolves the providers at start so they listen from the first request; flushes and disposes them at stop.</summary>
sealed class TelemetryProvidersStarter(TracerProvider tracer, MeterProvider meter) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(tracer);
        GC.KeepAlive(meter);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Registered as instances, so the container will not dispose them: flush and dispose here.
        tracer.Dispose();
        meter.Dispose();
        return Task.CompletedTask;
    }
}
