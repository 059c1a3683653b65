using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AltSeason.EventStore.Integrity;

/// <summary>
/// The link hash of one event: SHA-256 over length-prefixed (stream id, version, type, type version, data,
/// previous hash), big-endian integers, UTF-8 text. The append function in the schema computes the same bytes;
/// keeping both lets a verifier that trusts nothing in the database recompute every link.
/// </summary>
public static class EventHash
{
    // Small events are encoded on the stack; larger ones in a pooled buffer. One hash call either way.
    const int StackLimit = 1024;

    public static byte[] Compute(string streamId, long version, string type, int typeVersion, string dataJson, ReadOnlySpan<byte> previous)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(dataJson);
        var utf8 = Encoding.UTF8;
        var length = 4 + utf8.GetByteCount(streamId) + 8 + 4 + utf8.GetByteCount(type) + 4 + 4 + utf8.GetByteCount(dataJson)
            + 4 + previous.Length;
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            var buffer = rented is null ? stackalloc byte[StackLimit] : rented.AsSpan();
            var at = 0;
            at += WriteText(buffer[at..], streamId);
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], version);
            at += 8;
            at += WriteText(buffer[at..], type);
            BinaryPrimitives.WriteInt32BigEndian(buffer[at..], typeVersion);
            at += 4;
            at += WriteText(buffer[at..], dataJson);
            BinaryPrimitives.WriteInt32BigEndian(buffer[at..], previous.Length);
            at += 4;
            previous.CopyTo(buffer[at..]);
            at += previous.Length;
            return SHA256.HashData(buffer[..at]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    static int WriteText(Span<byte> buffer, string text)
    {
        var written = Encoding.UTF8.GetBytes(text, buffer[4..]);
        BinaryPrimitives.WriteInt32BigEndian(buffer, written);
        return 4 + written;
    }
}
