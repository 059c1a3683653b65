using AltSeason.Grpc.Health.Protocol;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ServingStatus = AltSeason.Grpc.Health.Protocol.HealthCheckResponse.Types.ServingStatus;

namespace AltSeason.Grpc.Health;

/// <summary>
/// <c>grpc.health.v1.Health</c> backed by the ASP.NET Core health checks: Healthy or Degraded is SERVING,
/// Unhealthy is NOT_SERVING. The empty name and every mapped service share the server's status.
/// </summary>
internal sealed class HealthApi(HealthCheckService healthChecks, GrpcServiceRegistry registry, IOptions<GrpcServerOptions> options)
{
    public async Task<HealthCheckResponse> Check(HealthCheckRequest request, CallContext context)
    {
        if (!IsKnown(request.Service))
        {
            throw new RpcException(StatusCode.NotFound, $"Service '{request.Service}' is not served here.");
        }

        return new HealthCheckResponse { Status = await CurrentAsync(context.CancellationToken) };
    }

    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> writer, CallContext context)
    {
        var token = context.CancellationToken;
        if (!IsKnown(request.Service))
        {
            // The spec asks Watch to report SERVICE_UNKNOWN and keep the stream open, since the service may appear later.
            await writer.WriteAsync(new HealthCheckResponse { Status = ServingStatus.ServiceUnknown }, token);
            await Task.Delay(Timeout.Infinite, token);
            return;
        }

        ServingStatus? last = null;
        using var timer = new PeriodicTimer(options.Value.HealthWatchInterval);
        do
        {
            var status = await CurrentAsync(token);
            if (status != last)
            {
                await writer.WriteAsync(new HealthCheckResponse { Status = status }, token);
                last = status;
            }
        }
        while (await timer.WaitForNextTickAsync(token));
    }

    public async Task<HealthListResponse> List(HealthListRequest request, CallContext context)
    {
        var status = new HealthCheckResponse { Status = await CurrentAsync(context.CancellationToken) };
        var response = new HealthListResponse();
        response.Statuses.Add("", status);
        foreach (var service in registry.Services)
        {
            response.Statuses[service.FullName] = status;
        }

        return response;
    }

    private bool IsKnown(string service) => service.Length == 0 || registry.Contains(service);

    private async Task<ServingStatus> CurrentAsync(CancellationToken token)
    {
        var predicate = options.Value.HealthCheckPredicate;
        var report = await healthChecks.CheckHealthAsync(predicate is null ? null : r => predicate(r), token);
        return report.Status == HealthStatus.Unhealthy ? ServingStatus.NotServing : ServingStatus.Serving;
    }
}
