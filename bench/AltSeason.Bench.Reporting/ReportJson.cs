using System.Text.Json;
using System.Text.Json.Serialization;

namespace AltSeason.Bench.Reporting;

/// <summary>One JSON shape for every file the suite writes: camelCase, indented, NaN/Infinity allowed as strings.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
