using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AltSeason.EventStore.Schema;

/// <summary>A stable 64-bit advisory lock key per purpose and name (string.GetHashCode differs per process).</summary>
internal static class AdvisoryLockKey
{
    public static long For(string purpose, string name) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"altseason-eventstore:{purpose}:{name}")));
}
