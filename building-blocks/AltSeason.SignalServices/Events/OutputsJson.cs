using System.Security.Cryptography;
using System.Text.Json;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Events;

/// <summary>
/// The outputs as the store serialises them. Change detection and replay compare these exact bytes, so both
/// use the store's fixed JSON options.
/// </summary>
public sealed class OutputsJson(JsonSerializerOptions storeOptions)
{
    public string Serialize(IReadOnlyList<SignalValue> values) => JsonSerializer.Serialize(values, storeOptions);

    /// <summary>SHA-256 of <see cref="Serialize"/>'s text in UTF-8: what change detection compares with the stored outputs.</summary>
    public byte[] Sha256(IReadOnlyList<SignalValue> values) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(values, storeOptions));

    /// <summary>The "values" property of a stored SignalsEvaluated event, as stored.</summary>
    public static string StoredValues(string eventJson)
    {
        using var document = JsonDocument.Parse(eventJson);
        return document.RootElement.GetProperty("values").GetRawText();
    }
}
