using Microsoft.Extensions.Configuration;

namespace AltSeason.Grpc;

/// <summary>Finds other services' gRPC addresses from Aspire's <c>services__&lt;name&gt;__grpc__0</c> settings.</summary>
public static class GrpcEndpoints
{
    public static Uri Resolve(IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        var value = configuration[$"services:{serviceName}:grpc:0"];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"No gRPC endpoint for service '{serviceName}': set services__{serviceName}__grpc__0 (e.g. http://localhost:5101).");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException(
                $"services__{serviceName}__grpc__0 is '{value}', which is not an absolute http:// or https:// address.");
        }

        return address;
    }
}
