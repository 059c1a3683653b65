namespace AltSeason.Grpc;

/// <summary>A unary response with the metadata the server sent around it.</summary>
public sealed record GrpcResponse<T>(T Message, Metadata Headers, Metadata Trailers);
