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

    static readonly JsonSerializerOptions MetadataOptions = CreateDefaultOptions();

    internal static string SerializeMetadata(EventMetadata metadata) => JsonSerializer.Serialize(metadata, MetadataOptions);

    internal static EventMetadata DeserializeMetadata(string json) =>
        JsonSerializer.Deserialize<EventMetadata>(json, MetadataOptions) ?? EventMetadata.Empty;

    internal static EventMetadata DeserializeMetadata(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<EventMetadata>(utf8Json, MetadataOptions) ?? EventMetadata.Empty;
}
