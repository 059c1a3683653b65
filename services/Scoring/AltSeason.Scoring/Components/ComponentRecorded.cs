using AltSeason.TimeSeries;

namespace AltSeason.Scoring.Components;

/// <summary>
/// Scoring's own copy of one family's evaluation for one as-of date (stream <c>components/&lt;family&gt;/&lt;date&gt;</c>):
/// a score replays from these events alone, even if the signal service is gone.
/// </summary>
/// <param name="ReceivedVia"><c>message</c> (its <c>&lt;Family&gt;SignalsEvaluated</c>) or <c>grpc</c> (asked with GetSignals/ListSignals).</param>
public sealed record ComponentRecorded(
    string Family,
    DateOnly AsOf,
    IReadOnlyList<SignalValue> Values,
    string ModelVersion,
    string CodeVersion,
    string InputsSha256,
    SourceEvaluation Source,
    string ReceivedVia);
