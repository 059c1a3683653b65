using Google.Protobuf;

namespace AltSeason.Grpc;

internal sealed class ServerStreamWriter<T>(ServerCall call) : IServerStreamWriter<T> where T : IMessage<T>
{
    public Task WriteAsync(T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return call.WriteMessageAsync(message, cancellationToken);
    }
}
