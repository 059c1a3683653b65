using System.Collections;

namespace AltSeason.Grpc;

/// <summary>
/// Custom headers or trailers of a call. Keys are lower case; keys ending in <c>-bin</c> carry bytes
/// (base64 on the wire), all others carry printable ASCII text. A key may repeat.
/// </summary>
public sealed class Metadata : IEnumerable<MetadataEntry>
{
    private readonly List<MetadataEntry> _entries = [];

    public int Count => _entries.Count;

    public void Add(string key, string value) => _entries.Add(MetadataEntry.Text(key, value));

    public void Add(string key, byte[] value) => _entries.Add(MetadataEntry.Binary(key, value));

    public void Add(MetadataEntry entry) => _entries.Add(entry);

    /// <summary>The first text value for <paramref name="key"/>, or null.</summary>
    public string? GetValue(string key) =>
        _entries.FirstOrDefault(e => e.Key == MetadataEntry.NormalizeKey(key) && !e.IsBinary)?.Value;

    /// <summary>The first binary value for <paramref name="key"/> (which must end in <c>-bin</c>), or null.</summary>
    public byte[]? GetBytes(string key) =>
        _entries.FirstOrDefault(e => e.Key == MetadataEntry.NormalizeKey(key) && e.IsBinary)?.ValueBytes;

    public IEnumerable<MetadataEntry> GetAll(string key) =>
        _entries.Where(e => e.Key == MetadataEntry.NormalizeKey(key));

    public IEnumerator<MetadataEntry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
