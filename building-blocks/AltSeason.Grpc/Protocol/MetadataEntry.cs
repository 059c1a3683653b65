namespace AltSeason.Grpc;

/// <summary>One metadata key with either a text value or (for <c>-bin</c> keys) a binary value.</summary>
public sealed class MetadataEntry
{
    public const string BinarySuffix = "-bin";

    private MetadataEntry(string key, string? value, byte[]? valueBytes)
    {
        Key = key;
        Value = value;
        ValueBytes = valueBytes;
    }

    public string Key { get; }

    /// <summary>The text value; null for binary entries.</summary>
    public string? Value { get; }

    /// <summary>The binary value; null for text entries.</summary>
    public byte[]? ValueBytes { get; }

    public bool IsBinary => ValueBytes is not null;

    public static MetadataEntry Text(string key, string value)
    {
        var normalized = NormalizeKey(key);
        if (IsBinaryKey(normalized))
        {
            throw new ArgumentException($"Metadata key '{key}' ends in '-bin' and needs a byte[] value.", nameof(key));
        }

        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E)
            {
                throw new ArgumentException(
                    $"Metadata value for '{key}' must be printable ASCII; use a '-bin' key for other data.", nameof(value));
            }
        }

        return new MetadataEntry(normalized, value, null);
    }

    public static MetadataEntry Binary(string key, byte[] value)
    {
        var normalized = NormalizeKey(key);
        if (!IsBinaryKey(normalized))
        {
            throw new ArgumentException($"Metadata key '{key}' carries bytes, so it must end in '-bin'.", nameof(key));
        }

        ArgumentNullException.ThrowIfNull(value);
        return new MetadataEntry(normalized, null, value);
    }

    public static bool IsBinaryKey(string key) => key.EndsWith(BinarySuffix, StringComparison.OrdinalIgnoreCase);

    internal static string NormalizeKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        foreach (var c in key)
        {
            var valid = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!valid)
            {
                throw new ArgumentException($"Metadata key '{key}' may only contain letters, digits, '-', '_' and '.'.", nameof(key));
            }
        }

        return key.ToLowerInvariant();
    }

    public override string ToString() => IsBinary ? $"{Key}=<{ValueBytes!.Length} bytes>" : $"{Key}={Value}";
}
