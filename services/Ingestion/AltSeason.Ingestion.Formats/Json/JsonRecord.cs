using System.Text.Json;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Json;

/// <summary>
/// Reads the values of one JSON record, reporting each missing or bad value with the record's line and the key;
/// <see cref="Ok"/> turns false at the first problem so the record is dropped (and the file rejected).
/// </summary>
sealed class JsonRecord(IReadOnlyDictionary<string, JsonScalar> values, ParseContext context, int line)
{
    public bool Ok { get; private set; } = true;
    public int Line => line;

    public bool Has(string key) => values.TryGetValue(key, out var v) && !v.IsMissing;

    /// <summary>A number (or number in a string) checked against the rules of <paramref name="field"/>.</summary>
    public double? Number(string key, string field, bool required = true)
    {
        if (!values.TryGetValue(key, out var scalar) || scalar.IsMissing)
        {
            if (required) Fail(key, $"'{key}' is missing");
            return null;
        }
        if (scalar.TryGetNumber(out var value) is { } error) { Fail(key, error); return null; }
        if (FieldRules.Check(field, value) is { } ruleError) { Fail(key, ruleError); return null; }
        return value;
    }

    public DateTimeOffset? Time(string key)
    {
        if (!values.TryGetValue(key, out var scalar) || scalar.IsMissing) { Fail(key, $"'{key}' is missing"); return null; }
        if (scalar.TryGetTime(out var time) is { } error) { Fail(key, error); return null; }
        return time;
    }

    public string? Text(string key) =>
        values.TryGetValue(key, out var scalar) && scalar.Kind == JsonTokenType.String && !scalar.IsMissing ? scalar.Text : null;

    public void Fail(string? key, string reason)
    {
        Ok = false;
        context.Error(line, key, reason);
    }
}
