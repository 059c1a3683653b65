using System.Text.Json.Nodes;

namespace AltSeason.Scoring.Audit;

/// <summary>Where two JSON documents differ, as field paths like <c>components[2].subScore</c>, with both values as text.</summary>
internal static class JsonDifferences
{
    public const string Absent = "(absent)";

    public static IReadOnlyList<(string Field, string Expected, string Actual)> Between(string expectedJson, string actualJson)
    {
        var found = new List<(string, string, string)>();
        Walk(JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson), "", found);
        // Same tree, different bytes (spacing, escaping, number spelling): still a difference for a byte-for-byte audit.
        if (found.Count == 0 && !string.Equals(expectedJson, actualJson, StringComparison.Ordinal))
            found.Add(("(bytes)", expectedJson, actualJson));
        return found;
    }

    static void Walk(JsonNode? expected, JsonNode? actual, string path, List<(string, string, string)> found)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    var child = path.Length == 0 ? key : $"{path}.{key}";
                    if (!e.ContainsKey(key)) found.Add((child, Absent, Text(a[key])));
                    else if (!a.ContainsKey(key)) found.Add((child, Text(e[key]), Absent));
                    else Walk(e[key], a[key], child, found);
                }
                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    var child = $"{path}[{i}]";
                    if (i >= e.Count) found.Add((child, Absent, Text(a[i])));
                    else if (i >= a.Count) found.Add((child, Text(e[i]), Absent));
                    else Walk(e[i], a[i], child, found);
                }
                break;
            default:
                var (expectedText, actualText) = (Text(expected), Text(actual));
                if (!string.Equals(expectedText, actualText, StringComparison.Ordinal)) found.Add((path, expectedText, actualText));
                break;
        }
    }

    static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
