using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals.RelativeStrength;

/// <summary>RUT/SPX ratio with a ring of the last N ratios and a monotonic-deque maximum of the last M.</summary>
public sealed class RelativeStrengthTracker(RelativeStrengthParameters parameters)
{
    readonly double[] _recent = new double[parameters.ChangeSessions];
    readonly RollingExtremum _priorHigh = RollingExtremum.Maximum(parameters.PriorHighSessions);
    long _seen;

    public RelativeStrengthResult Step(double russellClose, double sp500Close)
    {
        var ratio = russellClose / sp500Close;
        var slot = (int)(_seen % _recent.Length);
        double? change = _seen >= _recent.Length ? ratio / _recent[slot] - 1 : null;
        double? priorHigh = _priorHigh.Added >= parameters.PriorHighSessions ? _priorHigh.Value : null;

        _recent[slot] = ratio;
        _priorHigh.Add(ratio);
        _seen++;
        return new RelativeStrengthResult(ratio, change, priorHigh, priorHigh is { } h ? ratio > h : null);
    }
}
