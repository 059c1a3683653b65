using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AltSeason.EventStore.Errors;

namespace AltSeason.EventStore.Events;

/// <summary>
/// Turns events into the exact JSON text that is stored and hashed, and back. The options are fixed per store
/// so the same event always produces the same bytes (audit replay compares byte for byte).
/// </summary>
public sealed class EventSerializer(EventTypeRegistry registry, JsonSerializerOptions json, int maxBytes)
{
    public JsonSerializerOptions Options { get; } = json;

    internal SerializedEvent Serialize(object @event, string streamId)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = registry.ForClrType(@event.GetType());
        var text = JsonSerializer.Serialize(@event, type.ClrType, Options);
        var size = Encoding.UTF8.GetByteCount(text);
        if (size > maxBytes) throw new PayloadTooLargeException($"Stream '{streamId}'", type.Name, size, maxBytes);
        return new SerializedEvent(Guid.CreateVersion7(), type.Name, type.Version, text);
    }

    internal object Deserialize(string typeName, int typeVersion, ReadOnlySpan<byte> utf8Json, string streamId, long version)
    {
        if (!registry.TryGetByName(typeName, out var type))
            throw new UnknownEventTypeException(typeName, typeVersion, streamId, version, "no event type is registered under this name.");
        if (typeVersion > type.Version)
            throw new UnknownEventTypeException(typeName, typeVersion, streamId, version,
                $"it is newer than the registered v{type.Version}.");
        try
        {
            if (typeVersion == type.Version) return JsonSerializer.Deserialize(utf8Json, type.ClrType, Options)!;

            var node = JsonNode.Parse(utf8Json)?.AsObject()
                ?? throw new UnknownEventTypeException(typeName, typeVersion, streamId, version, "its JSON is not an object.");
            for (var from = typeVersion; from < type.Version; from++)
            {
                if (!registry.TryGetUpcaster(typeName, from, out var upgrade))
                    throw new UnknownEventTypeException(typeName, typeVersion, streamId, version, $"no upcaster from v{from}.");
                node = upgrade(node);
            }
            return node.Deserialize(type.ClrType, Options)!;
        }
        catch (JsonException e)
        {
            throw new UnknownEventTypeException(typeName, typeVersion, streamId, version,
                $"its JSON does not fit {type.ClrType.Name}: {e.Message}");
        }
    }
}

internal sealed record SerializedEvent(Guid EventId, string TypeName, int TypeVersion, string Json);
