using System.Reflection;
using System.Runtime.CompilerServices;
using AltSeason.Equities.Signals;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Family;

/// <summary><c>equities-v1</c>: <see cref="EquitiesEvaluator"/> and <see cref="EquitiesImpact"/> over the stored inputs.</summary>
public sealed class EquitiesModelV1(EquitiesParameters parameters) : ISignalModel
{
    // The affected-dates question is asked once per changed row; build the typed inputs once per snapshot.
    readonly ConditionalWeakTable<SignalInputs, EquitiesInputs> _typed = [];

    public string Version => EquitiesParameters.ModelVersion;

    public string CodeVersion { get; } = "equities-signals/"
        + (typeof(EquitiesEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; } = parameters.Describe();

    public AffectedDateRange? AffectedDates(SignalInputs inputs, string series, string field, DateOnly changed) =>
        EquitiesImpact.AffectedDates(Typed(inputs), parameters, series, changed);

    public IReadOnlyList<DatedSignals> Evaluate(SignalInputs inputs, DateOnly first, DateOnly last) =>
        [.. EquitiesEvaluator.Evaluate(Typed(inputs), parameters, first, last).Select(e => new DatedSignals(e.AsOf, e.ToSignalValues()))];

    EquitiesInputs Typed(SignalInputs inputs) => _typed.GetValue(inputs, i =>
    {
        var crypto = i.Of(SeriesNames.CryptoGlobal);
        return EquitiesInputsBuilder.FromObservations(i.Of(SeriesNames.Russell2000), i.Of(SeriesNames.SP500),
            crypto.Count > 0 ? crypto : null, parameters);
    });
}
