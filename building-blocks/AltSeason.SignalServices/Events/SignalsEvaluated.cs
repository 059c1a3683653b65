using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Events;

/// <summary>
/// One evaluation of a family for one as-of date (stream <c>&lt;family&gt;/&lt;yyyy-MM-dd&gt;</c>): the model and code
/// that computed it, its parameters, the exact inputs (each input stream's version and hash) and the outputs.
/// </summary>
public sealed record SignalsEvaluated(
    string Family,
    DateOnly AsOf,
    string ModelVersion,
    string CodeVersion,
    IReadOnlyList<SignalParameter> Parameters,
    IReadOnlyList<InputReference> Inputs,
    string InputsSha256,
    IReadOnlyList<SignalValue> Values,
    Guid CausedBy);

public sealed record SignalParameter(string Name, string Value);

/// <summary>An input stream as it stood when the evaluation ran.</summary>
public sealed record InputReference(string StreamId, long Version, string Sha256);
