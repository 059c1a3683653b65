using System.Text.Json;
using System.Text.Json.Serialization;

namespace AltSeason.EventStore.Events;

/// <summary>The default, fixed JSON settings: changing them would change stored bytes, so they live in one place.</summary>
public static class StoreJson
{
    public static JsonSerializerOptions CreateDefaultOptions() => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    // Metadata is not hashed: absent fields are left out, so the common empty metadata is stored as "{}" and every
    // read converts and parses a few bytes instead of four nulls. Rows written with explicit nulls read the same.
    static readonly JsonSerializerOptions MetadataOptions = new(CreateDefaultOptions())
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    internal static string SerializeMetadata(EventMetadata metadata) => JsonSerializer.Serialize(metadata, MetadataOptions);

    internal static EventMetadata DeserializeMetadata(string json) =>
        JsonSerializer.Deserialize<EventMetadata>(json, MetadataOptions) ?? EventMetadata.Empty;

    internal static EventMetadata DeserializeMetadata(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<EventMetadata>(utf8Json, MetadataOptions) ?? EventMetadata.Empty;
}
