using System.Net;
using Google.Protobuf;

namespace AltSeason.Grpc;

/// <summary>A request body that frames and sends messages as the caller produces them (client streaming).</summary>
internal sealed class StreamingContent<T> : HttpContent where T : IMessage<T>
{
    private readonly IAsyncEnumerable<T> _messages;
    private readonly int _maxSize;

    public StreamingContent(IAsyncEnumerable<T> messages, int maxSize)
    {
        _messages = messages;
        _maxSize = maxSize;
        Headers.ContentType = ContentTypeHeader.Value;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await foreach (var message in _messages.WithCancellation(cancellationToken))
        {
            if (message.CalculateSize() > _maxSize)
            {
                throw new RpcException(StatusCode.ResourceExhausted,
                    $"Request message of {message.CalculateSize()} bytes exceeds the limit of {_maxSize} bytes.");
            }

            await stream.WriteAsync(MessageFrame.ToArray(message), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
