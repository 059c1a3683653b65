using System.Security.Cryptography;
using System.Text.Json;
using AltSeason.EventStore.Events;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Model;
using AltSeason.TimeSeries;

namespace AltSeason.Scoring.Evaluation;

/// <summary>
/// Builds the score event of one date from the components it uses. Pure and deterministic: the live path and the
/// audit replay both call it, so a replay differs from the record only if the inputs or the model did.
/// </summary>
public static class ScoreEventBuilder
{
    public static ScoreEvaluated Build(ScoreModel model, DateOnly asOf, IReadOnlyList<KnownComponent> used, string codeVersion)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(used);
        var ordered = used.OrderBy(c => c.Family, StringComparer.Ordinal).ToList();
        var signals = ordered.ToDictionary(c => c.Family, c => c.Values, StringComparer.Ordinal);
        var result = model.Evaluate(SignalInputs.From(model, signals));
        var references = ordered.Select(c => c.Reference).ToList();
        return new ScoreEvaluated(asOf, model.Version, codeVersion, result.Score, RegimeNames.Of(result.Regime), result.Missing,
            [.. result.Components.Select(ToScored)], result.Explanation, references, InputsHash.Of(references));
    }

    /// <summary>The part of a score that decides whether it changed: everything but how and from what it was computed.</summary>
    public static ScoreEvaluated ResultOnly(ScoreEvaluated score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score with { CodeVersion = "", Inputs = [], InputsSha256 = "" };
    }

    /// <summary>
    /// SHA-256 (hex) of <see cref="ResultOnly"/> in the store's fixed JSON settings. Kept beside each stored score, so
    /// deciding whether a re-score changed anything compares two hashes instead of decoding the stored event.
    /// </summary>
    public static string ResultSha256(ScoreEvaluated score) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(ResultOnly(score), ResultJson)));

    static readonly JsonSerializerOptions ResultJson = StoreJson.CreateDefaultOptions();

    static ScoredComponent ToScored(ComponentScore c) => new(
        c.Key, c.Name, c.Inputs.Count > 0 ? c.Inputs[0].Signal.Family : "", c.ConfiguredWeight, c.AppliedWeight, c.SubScore, c.Present,
        [.. c.Inputs.Select(i => new ScoredInput(i.Key, i.Name, i.Signal.Name, i.Unit, i.Value, i.Points, i.MappingDescription))],
        c.Explanation);
}
