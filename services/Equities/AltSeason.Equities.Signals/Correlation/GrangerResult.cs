namespace AltSeason.Equities.Signals.Correlation;

/// <summary>
/// F-test of whether p lags of RUT returns, added to an AR(p) model of crypto returns, improve the fit.
/// A small <paramref name="PValue"/> says RUT returns help predict crypto returns ("Granger-cause"); it is
/// a statement about prediction over the window, not proof of a causal link.
/// </summary>
public readonly record struct GrangerResult(int Lags, int Observations, double FStatistic, double PValue);
