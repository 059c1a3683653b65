namespace AltSeason.Equities.Signals.Correlation;

/// <param name="ShortWindow">Rolling window, in aligned return pairs, of the short correlation.</param>
/// <param name="Confidence">Two-sided confidence of the Fisher-z interval.</param>
/// <param name="MaxLag">Cross-correlation lags run from −MaxLag to +MaxLag sessions; +k means RUT leads crypto by k.</param>
/// <param name="CrossCorrelationWindow">Aligned returns the cross-correlation looks back over (each lag k uses window − |k| pairs).</param>
/// <param name="GrangerLags">p: lags of both return series in the Granger regressions.</param>
/// <param name="GrangerWindow">Rows (aligned sessions) the Granger regressions are fitted on.</param>
/// <param name="CryptoSnapshotCutoffHour">A crypto snapshot taken before this UTC hour belongs to the previous
/// calendar date's close (CoinMarketCap's global snapshot at ~01:45 on D+1 is the close of D); exact-midnight
/// stamps are treated as date labels and kept.</param>
public sealed record CorrelationParameters(
    int ShortWindow = 30,
    int MediumWindow = 90,
    int LongWindow = 180,
    double Confidence = 0.95,
    int MaxLag = 10,
    int CrossCorrelationWindow = 180,
    int GrangerLags = 5,
    int GrangerWindow = 180,
    int CryptoSnapshotCutoffHour = 6)
{
    public IReadOnlyList<int> Windows => [ShortWindow, MediumWindow, LongWindow];
}
