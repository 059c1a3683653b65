using System.Text;
using System.Text.Json;
using AltSeason.SignalServices.Events;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// One stored evaluation: what replay needs to recompute it (the header) and its outputs exactly as stored (the raw
/// UTF-8 of its "values" property), so the comparison is byte for byte without decoding the stored values.
/// </summary>
internal sealed record RecordedEvaluation(string StreamId, long Version, long Position, string Json, EvaluationHeader Header, byte[] StoredValues)
{
    public static RecordedEvaluation Parse(string streamId, long version, long position, string json, JsonSerializerOptions options)
    {
        var header = JsonSerializer.Deserialize<EvaluationHeader>(json, options)
            ?? throw new JsonException($"{streamId}@{version}: the evaluation is null.");
        return new(streamId, version, position, json, header.Normalized(), RawValues(json, options));
    }

    /// <summary>From an event the store decoded (an older shape lifted by its upcasters).</summary>
    public static RecordedEvaluation FromData(string streamId, long version, long position, string json, SignalsEvaluated data, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        var header = new EvaluationHeader(data.AsOf, data.ModelVersion, data.Parameters, data.Inputs, data.InputsSha256);
        return new(streamId, version, position, json, header.Normalized(), RawValues(json, options));
    }

    /// <summary>The stored outputs as text, for reports.</summary>
    public string StoredValuesText => Encoding.UTF8.GetString(StoredValues);

    /// <summary>The stored values, decoded: only needed to name the differing value once the bytes differ.</summary>
    public IReadOnlyList<TimeSeries.SignalValue> DecodeValues(JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<TimeSeries.SignalValue>>(StoredValues, options) ?? [];

    /// <summary>The bytes of the top-level "values" property; empty when the event has none.</summary>
    static byte[] RawValues(string json, JsonSerializerOptions options)
    {
        var name = options.PropertyNamingPolicy?.ConvertName(nameof(SignalsEvaluated.Values)) ?? nameof(SignalsEvaluated.Values);
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = reader.ValueTextEquals(name);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (matches) return bytes[start..(int)reader.BytesConsumed];
        }
        return [];
    }
}

/// <summary>The fields of a stored <see cref="SignalsEvaluated"/> that say how to recompute it (the values are compared raw).</summary>
internal sealed record EvaluationHeader(
    DateOnly AsOf, string ModelVersion, IReadOnlyList<SignalParameter> Parameters, IReadOnlyList<InputReference> Inputs, string InputsSha256)
{
    /// <summary>Null lists (a damaged record) read as empty, so the replay reports the difference instead of failing.</summary>
    public EvaluationHeader Normalized() => this with
    {
        ModelVersion = ModelVersion ?? "", Parameters = Parameters ?? [], Inputs = Inputs ?? [], InputsSha256 = InputsSha256 ?? "",
    };

    /// <summary>Evaluations with equal keys pin exactly the same inputs and model, so one recomputation serves them all.</summary>
    public string GroupKey()
    {
        var key = new StringBuilder(ModelVersion).Append('\n').Append(InputsSha256);
        foreach (var input in Inputs) key.Append('\n').Append(input.StreamId).Append(' ').Append(input.Version).Append(' ').Append(input.Sha256);
        return key.ToString();
    }
}
