using Npgsql;

namespace AltSeason.EventStore.Reading;

/// <summary>Stored event text for code that reads the events table itself (audits reading whole histories in one query).</summary>
public static class StoredText
{
    /// <summary>
    /// A text or json column's bytes as they arrive (UTF-8: Npgsql's client encoding): JSON readers take UTF-8, so going
    /// through a string would transcode every byte twice.
    /// </summary>
    public static async Task<byte[]> Utf8Async(NpgsqlDataReader reader, int column, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var stream = await reader.GetStreamAsync(column, ct);
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, ct);
        return bytes;
    }
}
