using AltSeason.TimeSeries.Statistics;
using MathNet.Numerics.Distributions;

namespace AltSeason.Equities.Signals.Correlation;

/// <summary>
/// Fed only sessions on which both RUT and crypto have a value, so each return pair spans the same two
/// dates (Friday→Monday includes the crypto weekend, and a missing crypto day widens both returns alike).
/// </summary>
public sealed class EquityCryptoCorrelationTracker
{
    readonly CorrelationParameters _parameters;
    readonly double _critical;
    readonly RollingCorrelation[] _returns;
    readonly RollingCorrelation[] _levels;
    readonly CrossCorrelationTracker _cross;
    readonly GrangerTracker _granger;
    double _previousEquity;
    double _previousCrypto;
    int _aligned;

    public EquityCryptoCorrelationTracker(CorrelationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
        _critical = Normal.InvCDF(0, 1, 0.5 + parameters.Confidence / 2);
        _returns = [.. parameters.Windows.Select(w => new RollingCorrelation(w))];
        _levels = [.. parameters.Windows.Select(w => new RollingCorrelation(w))];
        _cross = new CrossCorrelationTracker(parameters.MaxLag, parameters.CrossCorrelationWindow);
        _granger = new GrangerTracker(parameters.GrangerLags, parameters.GrangerWindow);
    }

    /// <returns>Null on the first aligned session (no return yet).</returns>
    public EquityCryptoCorrelationResult? Step(double equity, double crypto)
    {
        var (logEquity, logCrypto) = (Math.Log(equity), Math.Log(crypto));
        if (_aligned++ == 0)
        {
            AddLevels(logEquity, logCrypto);
            (_previousEquity, _previousCrypto) = (equity, crypto);
            return null;
        }
        var x = LogReturns.Between(_previousEquity, equity);
        var y = LogReturns.Between(_previousCrypto, crypto);
        (_previousEquity, _previousCrypto) = (equity, crypto);
        AddLevels(logEquity, logCrypto);

        var windows = new WindowCorrelation[_returns.Length];
        for (var i = 0; i < _returns.Length; i++)
        {
            _returns[i].Add(x, y);
            windows[i] = Describe(_returns[i], _levels[i]);
        }
        var lags = _cross.Step(x, y);
        var strongest = lags.All(l => l.Correlation is not null)
            ? lags.MaxBy(l => Math.Abs(l.Correlation!.Value))
            : null;
        return new EquityCryptoCorrelationResult(_aligned - 1, windows, lags, strongest, _granger.Step(x, y));
    }

    void AddLevels(double logEquity, double logCrypto)
    {
        foreach (var level in _levels) level.Add(logEquity, logCrypto);
    }

    WindowCorrelation Describe(RollingCorrelation returns, RollingCorrelation levels)
    {
        if (!returns.IsFull) return new WindowCorrelation(returns.Window, null, null);
        var interval = FisherZ.Interval(returns.Correlation, returns.Count, _critical, _parameters.Confidence);
        var level = levels.Correlation;
        return new WindowCorrelation(returns.Window, interval, double.IsNaN(level) ? null : level);
    }
}
