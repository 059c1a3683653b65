using Google.Protobuf.Reflection;

namespace AltSeason.Grpc;

/// <summary>A method of a bound service, as routing and telemetry see it.</summary>
public sealed record GrpcMethod(string ServiceName, string Name, MethodDescriptor Descriptor)
{
    /// <summary>e.g. "altseason.v1.Scoring/GetScore", also the route path without the leading slash.</summary>
    public string FullName { get; } = $"{ServiceName}/{Name}";

    public static GrpcMethod From(MethodDescriptor method) => new(method.Service.FullName, method.Name, method);
}
