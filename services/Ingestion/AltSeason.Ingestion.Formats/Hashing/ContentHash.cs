using System.Security.Cryptography;

namespace AltSeason.Ingestion.Formats.Hashing;

/// <summary>SHA-256 of the exact bytes received, lower-case hex: the idempotency key for re-ingesting the same content.</summary>
public static class ContentHash
{
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static async Task<string> Sha256HexAsync(Stream content, CancellationToken cancellationToken = default) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
}
