using AltSeason.Equities.Signals.Evaluation;
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
    readonly ResultArena<WindowCorrelation> _windowStore;
    readonly ResultArena<LagCorrelation> _lagStore;
    double _previousEquity;
    double _previousCrypto;
    int _aligned;

    /// <param name="expectedResults">How many results the caller will keep, to size their shared storage.</param>
    public EquityCryptoCorrelationTracker(CorrelationParameters parameters, int expectedResults = 1)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
        _critical = Normal.InvCDF(0, 1, 0.5 + parameters.Confidence / 2);
        _returns = [.. parameters.Windows.Select(w => new RollingCorrelation(w))];
        _levels = [.. parameters.Windows.Select(w => new RollingCorrelation(w))];
        _cross = new CrossCorrelationTracker(parameters.MaxLag, parameters.CrossCorrelationWindow);
        _granger = new GrangerTracker(parameters.GrangerLags, parameters.GrangerWindow);
        _windowStore = new ResultArena<WindowCorrelation>(_returns.Length, expectedResults);
        _lagStore = new ResultArena<LagCorrelation>(_cross.LagCount, expectedResults);
    }

    /// <returns>Null on the first aligned session (no return yet).</returns>
    public EquityCryptoCorrelationResult? Step(double equity, double crypto) => Advance(equity, crypto, describe: true);

    /// <summary>Takes a session into every window without describing it: for sessions before the range asked for.</summary>
    public void Add(double equity, double crypto) => Advance(equity, crypto, describe: false);

    EquityCryptoCorrelationResult? Advance(double equity, double crypto, bool describe)
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
        foreach (var returns in _returns) returns.Add(x, y);
        if (!describe)
        {
            _cross.Add(x, y);
            _granger.Add(x, y);
            return null;
        }

        var windows = _windowStore.Take();
        for (var i = 0; i < _returns.Length; i++) windows.Span[i] = Describe(_returns[i], _levels[i]);
        var lags = _lagStore.Take();
        _cross.Step(x, y, lags.Span);
        return new EquityCryptoCorrelationResult(_aligned - 1, windows, lags, Strongest(lags.Span), _granger.Step(x, y));
    }

    /// <summary>The lag with the largest |correlation| (the first on ties), once every lag has one.</summary>
    static LagCorrelation? Strongest(ReadOnlySpan<LagCorrelation> lags)
    {
        LagCorrelation? strongest = null;
        foreach (var lag in lags)
        {
            if (lag.Correlation is not { } r) return null;
            if (strongest is not { Correlation: { } best } || Math.Abs(r) > Math.Abs(best)) strongest = lag;
        }
        return strongest;
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
