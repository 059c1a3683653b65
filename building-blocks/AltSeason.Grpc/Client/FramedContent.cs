using System.Net;
using System.Net.Http.Headers;

namespace AltSeason.Grpc;

/// <summary>A request body of one already framed message (unary and server-streaming calls).</summary>
internal sealed class FramedContent : HttpContent
{
    private readonly byte[] _frame;

    public FramedContent(byte[] frame)
    {
        _frame = frame;
        Headers.ContentType = ContentTypeHeader.Value;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_frame).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_frame, cancellationToken).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = _frame.Length;
        return true;
    }
}
