using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AltSeason.Grpc.Tests.Fakes;

/// <summary>A health check a test can break, standing in for a database or broker going away.</summary>
public sealed class SwitchableDependency : IHealthCheck
{
    private volatile bool _isUp = true;

    public bool IsUp
    {
        get => _isUp;
        set => _isUp = value;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsUp ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable"));
}
