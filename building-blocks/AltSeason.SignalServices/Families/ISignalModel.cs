using AltSeason.TimeSeries.Statistics;

namespace AltSeason.SignalServices.Families;

/// <summary>One version of a family's definitions and parameters: pure functions over the family's inputs.</summary>
public interface ISignalModel
{
    /// <summary>e.g. <c>equities-v1</c>; recorded on every evaluation.</summary>
    string Version { get; }

    /// <summary>The code that computes it (assembly version or a constant the family bumps).</summary>
    string CodeVersion { get; }

    /// <summary>Flat, stably ordered parameters, recorded on every evaluation.</summary>
    IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>
    /// How many calendar days before an as-of date its evaluation reads (0: that date's inputs alone), or null when
    /// it reads the whole history (a running all-time high). With a number, the engine loads only the inputs a range
    /// of dates needs, and asks <see cref="AffectedDates"/> with inputs that know their <see cref="SignalInputs.LastDate"/>
    /// but hold no rows.
    /// </summary>
    int? LookbackDays => null;

    /// <summary>
    /// The as-of dates a change of <paramref name="field"/> of <paramref name="series"/> dated
    /// <paramref name="changed"/> can alter, given the inputs after the change; null when none.
    /// </summary>
    AffectedDateRange? AffectedDates(SignalInputs inputs, string series, string field, DateOnly changed);

    /// <summary>Every evaluation in [first, last] in one pass; a date's result must not depend on the range asked for.</summary>
    IReadOnlyList<DatedSignals> Evaluate(SignalInputs inputs, DateOnly first, DateOnly last);
}
