using System.Text;
using System.Text.Json;
using AltSeason.SignalServices.Events;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// One stored evaluation: what replay needs to recompute it (the header) and its outputs exactly as stored (the raw
/// UTF-8 of its "values" property), so the comparison is byte for byte without decoding the stored values.
/// </summary>
internal sealed record RecordedEvaluation(string StreamId, long Version, long Position, EvaluationHeader Header, ReadOnlyMemory<byte> StoredValues)
{
    /// <summary>
    /// Reads the header's fields from the stored UTF-8 in one pass; the parameter and input lists, the bulk of a header
    /// and the same for every evaluation of a batch, are decoded only when their bytes differ from the previous event's
    /// (<paramref name="previous"/>, one per reading thread). Malformed JSON or a field of the wrong type throws
    /// <see cref="JsonException"/>, as decoding the whole event did.
    /// </summary>
    public static RecordedEvaluation Parse(string streamId, long version, long position, byte[] utf8, JsonSerializerOptions options, DecodedLists previous)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(previous);
        var names = HeaderNames.For(options);
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"{streamId}@{version}: the evaluation is not a JSON object.");
        DateOnly asOf = default;
        string? model = null, inputsSha = null;
        IReadOnlyList<SignalParameter>? parameters = null;
        IReadOnlyList<InputReference>? inputs = null;
        ReadOnlyMemory<byte> values = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (names.Is(name, names.AsOf)) asOf = JsonSerializer.Deserialize<DateOnly>(ref reader, options);
            else if (names.Is(name, names.ModelVersion)) model = JsonSerializer.Deserialize<string>(ref reader, options);
            else if (names.Is(name, names.InputsSha256)) inputsSha = JsonSerializer.Deserialize<string>(ref reader, options);
            else if (names.Is(name, names.Parameters)) parameters = previous.Parameters(Raw(ref reader, utf8).Span, options);
            else if (names.Is(name, names.Inputs)) inputs = previous.Inputs(Raw(ref reader, utf8).Span, options);
            else if (names.Is(name, names.Values)) values = Raw(ref reader, utf8);
            else reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            throw new JsonException($"{streamId}@{version}: the evaluation does not end where its object does.");
        return new(streamId, version, position, new EvaluationHeader(asOf, model!, parameters!, inputs!, inputsSha!).Normalized(), values);
    }

    /// <summary>From an event the store decoded (an older shape lifted by its upcasters).</summary>
    public static RecordedEvaluation FromData(string streamId, long version, long position, byte[] utf8, SignalsEvaluated data, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        var header = new EvaluationHeader(data.AsOf, data.ModelVersion, data.Parameters, data.Inputs, data.InputsSha256);
        return new(streamId, version, position, header.Normalized(), RawValues(utf8, options));
    }

    /// <summary>The stored outputs as text, for reports.</summary>
    public string StoredValuesText => Encoding.UTF8.GetString(StoredValues.Span);

    /// <summary>The stored values, decoded: only needed to name the differing value once the bytes differ.</summary>
    public IReadOnlyList<TimeSeries.SignalValue> DecodeValues(JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<TimeSeries.SignalValue>>(StoredValues.Span, options) ?? [];

    /// <summary>The bytes of the value the reader is on (skipping past it).</summary>
    static ReadOnlyMemory<byte> Raw(ref Utf8JsonReader reader, byte[] utf8)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return utf8.AsMemory(start, (int)reader.BytesConsumed - start);
    }

    /// <summary>The bytes of the top-level "values" property; empty when the event has none.</summary>
    static ReadOnlyMemory<byte> RawValues(byte[] utf8, JsonSerializerOptions options)
    {
        var names = HeaderNames.For(options);
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = names.Is(reader.GetString()!, names.Values);
            reader.Read();
            if (matches) return Raw(ref reader, utf8);
            reader.Skip();
        }
        return default;
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
