namespace AltSeason.Grpc;

/// <summary>Sends response messages of a server-streaming call, one at a time.</summary>
public interface IServerStreamWriter<in T>
{
    Task WriteAsync(T message, CancellationToken cancellationToken = default);
}
