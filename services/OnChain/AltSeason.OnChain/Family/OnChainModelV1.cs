using System.Runtime.CompilerServices;
using AltSeason.OnChain.Signals;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.OnChain.Family;

/// <summary><c>onchain-v1</c>: <see cref="OnChainEvaluator"/> and <see cref="AffectedDates"/> over the stored inputs.</summary>
public sealed class OnChainModelV1(OnChainParameters parameters) : ISignalModel
{
    // The affected-dates question is asked once per changed row; build the typed inputs once per snapshot.
    readonly ConditionalWeakTable<SignalInputs, OnChainInputs> _typed = [];

    public string Version => "onchain-v1";

    public string CodeVersion => OnChainEvaluator.CodeVersion;

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; } = RecordedParameters.Flatten(parameters);

    /// <summary>An open-ended effect (a price feeding the running all-time high) reaches the last known date.</summary>
    public AffectedDateRange? AffectedDates(SignalInputs inputs, string series, string field, DateOnly changed)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Signals.AffectedDates.For(series, field, changed, parameters) is not { } affected) return null;
        var last = inputs.LastDate ?? changed;
        var through = affected.Through is { } t && t < last ? t : last;
        return through < affected.From ? null : new AffectedDateRange(affected.From, through);
    }

    public IReadOnlyList<DatedSignals> Evaluate(SignalInputs inputs, DateOnly first, DateOnly last) =>
        [.. OnChainEvaluator.Evaluate(Typed(inputs), parameters, first, last).Select(e => new DatedSignals(e.AsOf, e.ToSignalValues()))];

    OnChainInputs Typed(SignalInputs inputs) => _typed.GetValue(inputs, i => OnChainInputs.FromBatches(i.AsBatches()));
}
