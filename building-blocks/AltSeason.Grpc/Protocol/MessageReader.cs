using System.Buffers;
using System.IO.Pipelines;
using Google.Protobuf;

namespace AltSeason.Grpc;

/// <summary>
/// Reads length-prefixed messages from a request or response body. Every way the bytes can be wrong
/// ends in an <see cref="RpcException"/> naming the problem, never in a crash.
/// </summary>
/// <param name="side">"Request" or "Response", for error messages.</param>
/// <param name="encoding">The peer's <c>grpc-encoding</c>; null or "identity" for none.</param>
internal sealed class MessageReader<T>(PipeReader body, MessageParser<T> parser, int maxSize, string? encoding, string side)
    where T : IMessage<T>
{
    /// <summary>The next message, or null at the clean end of the stream.</summary>
    public async ValueTask<T?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (MessageFrame.TryReadHeader(buffer, out var flag, out var length))
            {
                if (length > (uint)maxSize)
                {
                    body.AdvanceTo(buffer.Start);
                    throw new RpcException(StatusCode.ResourceExhausted,
                        $"{side} message of {length} bytes exceeds the limit of {maxSize} bytes.");
                }

                var frameLength = GrpcProtocol.FrameHeaderSize + length;
                if (buffer.Length >= frameLength)
                {
                    var payload = buffer.Slice(GrpcProtocol.FrameHeaderSize, length);
                    try
                    {
                        return Parse(flag, payload);
                    }
                    finally
                    {
                        body.AdvanceTo(payload.End);
                    }
                }
            }

            if (result.IsCompleted)
            {
                body.AdvanceTo(buffer.End);
                if (buffer.Length == 0)
                {
                    return default;
                }

                throw new RpcException(StatusCode.Internal, buffer.Length < GrpcProtocol.FrameHeaderSize
                    ? $"{side} body ended inside a message prefix ({buffer.Length} of 5 bytes)."
                    : $"{side} body ended inside a message: the prefix announces {length} bytes but only {buffer.Length - GrpcProtocol.FrameHeaderSize} arrived.");
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private T Parse(byte flag, ReadOnlySequence<byte> payload)
    {
        try
        {
            switch (flag)
            {
                case 0:
                    return parser.ParseFrom(payload);
                case 1 when encoding == "gzip":
                    return parser.ParseFrom(GzipDecompressor.Decompress(payload, maxSize, side));
                case 1:
                    throw new RpcException(StatusCode.Internal,
                        $"{side} message is marked compressed but grpc-encoding is '{encoding ?? "identity"}'.");
                default:
                    throw new RpcException(StatusCode.Internal, $"{side} message prefix has an invalid flag byte {flag}.");
            }
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(StatusCode.Internal,
                $"{side} message is not a valid {typeof(T).Name}: {ex.Message}");
        }
    }
}
