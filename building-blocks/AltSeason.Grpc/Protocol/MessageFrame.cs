using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace AltSeason.Grpc;

/// <summary>The 5-byte prefix in front of every message: a compressed flag and a big-endian length.</summary>
internal static class MessageFrame
{
    public static void Write(IBufferWriter<byte> output, IMessage message, int maxSize, string side)
    {
        var size = message.CalculateSize();
        if (size > maxSize)
        {
            throw new RpcException(StatusCode.ResourceExhausted,
                $"{side} message of {size} bytes exceeds the limit of {maxSize} bytes.");
        }

        var header = output.GetSpan(GrpcProtocol.FrameHeaderSize);
        header[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(header[1..], (uint)size);
        output.Advance(GrpcProtocol.FrameHeaderSize);
        if (size > 0)
        {
            message.WriteTo(output);
        }
    }

    public static void WriteHeader(Span<byte> destination, int length)
    {
        destination[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
    }

    public static byte[] ToArray(IMessage message)
    {
        var size = message.CalculateSize();
        var bytes = new byte[GrpcProtocol.FrameHeaderSize + size];
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1), (uint)size);
        message.WriteTo(bytes.AsSpan(GrpcProtocol.FrameHeaderSize));
        return bytes;
    }

    /// <summary>Reads the prefix when all five bytes are there.</summary>
    public static bool TryReadHeader(in ReadOnlySequence<byte> buffer, out byte flag, out uint length)
    {
        flag = 0;
        length = 0;
        if (buffer.Length < GrpcProtocol.FrameHeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[GrpcProtocol.FrameHeaderSize];
        buffer.Slice(0, GrpcProtocol.FrameHeaderSize).CopyTo(header);
        flag = header[0];
        length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        return true;
    }
}
