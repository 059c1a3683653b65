namespace AltSeason.Grpc;

/// <summary>
/// A call that ended with a non-OK status. Thrown by clients; handlers throw it to choose the status the caller sees.
/// </summary>
public sealed class RpcException(Status status, Metadata? trailers = null, Exception? innerException = null)
    : Exception($"Status({status.Code}, \"{status.Detail}\")", innerException)
{
    public RpcException(StatusCode code, string detail) : this(new Status(code, detail))
    {
    }

    public Status Status { get; } = status;

    public StatusCode StatusCode => Status.Code;

    /// <summary>Trailing metadata the server sent with the status (empty when none).</summary>
    public Metadata Trailers { get; } = trailers ?? [];
}
