using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace AltSeason.Cli;

/// <summary>
/// <c>--json</c> output: protobuf messages in their canonical proto3 JSON form (field names in lowerCamelCase,
/// 64-bit integers as strings, defaults included so every field is always there).
/// </summary>
public static class JsonOutput
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    // Relaxed escaping keeps quotes and backticks readable; the output is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode ToNode(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;

    public static JsonArray ToArray(IEnumerable<IMessage> messages) => new([.. messages.Select(ToNode)]);

    public static void Write(TextWriter output, JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(node);
        output.WriteLine(node.ToJsonString(Indented));
    }

    public static JsonObject Error(CliException error) => new()
    {
        ["error"] = new JsonObject
        {
            ["exitCode"] = error.ExitCode,
            ["message"] = error.Message,
            ["endpoint"] = error.Endpoint?.ToString(),
        },
    };
}
