namespace AltSeason.Grpc.Tests.Hosting;

/// <summary>What came back from a hand-made request: HTTP status, gRPC status from headers or trailers, and the body.</summary>
public sealed record RawResponse(int HttpStatus, string? GrpcStatus, string? GrpcMessage, byte[] Body, string? ContentType);
