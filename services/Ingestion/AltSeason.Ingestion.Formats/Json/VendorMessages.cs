using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Json;

/// <summary>Vendors answer errors with JSON of their own (<c>{"code":-1121,"msg":"Invalid symbol."}</c>); quote it back.</summary>
static class VendorMessages
{
    static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "msg", "message", "error", "error_message", "error_code", "code", "description",
    };

    public static bool IsMessage(string propertyName) => Names.Contains(propertyName);

    public static string Explain(IReadOnlyList<string> messages, string fallback) =>
        messages.Count == 0
            ? fallback
            : $"the vendor sent an error instead of data ({Numbers.Shorten(string.Join("; ", messages))})";
}
