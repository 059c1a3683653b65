using System.Security.Cryptography;

namespace AltSeason.IngestionService.Tests.Support;

public static class Hashes
{
    /// <summary>Computed here, independently of the service, to check the hash it reports.</summary>
    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
