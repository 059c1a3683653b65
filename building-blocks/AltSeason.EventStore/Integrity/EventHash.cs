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
    public static byte[] Compute(string streamId, long version, string type, int typeVersion, string dataJson, ReadOnlySpan<byte> previous)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendText(hash, streamId);
        AppendInt64(hash, version);
        AppendText(hash, type);
        AppendInt32(hash, typeVersion);
        AppendText(hash, dataJson);
        AppendInt32(hash, previous.Length);
        hash.AppendData(previous);
        return hash.GetHashAndReset();
    }

    static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        AppendInt32(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    static void AppendInt32(IncrementalHash hash, int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, value);
        hash.AppendData(buffer);
    }

    static void AppendInt64(IncrementalHash hash, long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        hash.AppendData(buffer);
    }
}
