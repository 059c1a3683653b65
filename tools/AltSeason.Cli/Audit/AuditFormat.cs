using Google.Protobuf.WellKnownTypes;

namespace AltSeason.Cli.Audit;

public static class AuditFormat
{
    /// <summary>The first 12 hex digits: enough to compare by eye; <c>--json</c> has the full hash.</summary>
    public static string Hash(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256.Length == 0 ? "-" : sha256;

    public static string Instant(Timestamp? timestamp) =>
        timestamp is null ? "-" : timestamp.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);
}
