using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AltSeason.SignalServices.Families;

/// <summary>
/// Flat <c>a.b.c = value</c> pairs from a parameters record, for families whose parameters have no list of their
/// own. Declaration order and invariant JSON formatting keep the recorded text stable.
/// </summary>
public static class RecordedParameters
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static IReadOnlyList<KeyValuePair<string, string>> Flatten(object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var pairs = new List<KeyValuePair<string, string>>();
        Walk(JsonSerializer.SerializeToNode(parameters, parameters.GetType(), Json), "", pairs);
        return pairs;
    }

    static void Walk(JsonNode? node, string path, List<KeyValuePair<string, string>> pairs)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj) Walk(child, path.Length == 0 ? name : $"{path}.{name}", pairs);
                break;
            case JsonArray array when array.All(item => item is JsonValue):
                pairs.Add(new(path, string.Join(",", array.Select(item => Text(item)))));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", pairs);
                break;
            default:
                pairs.Add(new(path, Text(node)));
                break;
        }
    }

    static string Text(JsonNode? value) => value is null ? "" : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
