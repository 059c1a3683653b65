using System.Text.Json;
using AltSeason.SignalServices.Events;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// The parameter and input lists of the last evaluation one thread read, kept with their bytes: the evaluations of one
/// live batch are stored together and pin the same lists, so most events reuse the previous event's instead of decoding.
/// </summary>
internal sealed class DecodedLists
{
    byte[] _parametersBytes = [];
    byte[] _inputsBytes = [];
    List<SignalParameter>? _parameters;
    List<InputReference>? _inputs;

    public IReadOnlyList<SignalParameter>? Parameters(ReadOnlySpan<byte> utf8, JsonSerializerOptions options) =>
        Reuse(utf8, ref _parametersBytes, ref _parameters, options);

    public IReadOnlyList<InputReference>? Inputs(ReadOnlySpan<byte> utf8, JsonSerializerOptions options) =>
        Reuse(utf8, ref _inputsBytes, ref _inputs, options);

    static List<T>? Reuse<T>(ReadOnlySpan<byte> utf8, ref byte[] bytes, ref List<T>? decoded, JsonSerializerOptions options)
    {
        if (decoded is { } list && utf8.SequenceEqual(bytes)) return list;
        var fresh = JsonSerializer.Deserialize<List<T>>(utf8, options);
        (bytes, decoded) = (utf8.ToArray(), fresh);
        return fresh;
    }
}
