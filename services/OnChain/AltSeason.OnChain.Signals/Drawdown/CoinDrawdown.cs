namespace AltSeason.OnChain.Signals;

/// <summary>A coin's distance below its all-time high on one date.</summary>
/// <param name="Drawdown">P / max(P so far) − 1: 0 at a new high, −0.8 for 80% below; never positive.</param>
/// <param name="AllTimeHigh">Highest price in the supplied history up to and including the date.</param>
/// <param name="HistoryDays">Days from the first supplied price to the date: how much history the "ATH" covers.</param>
public sealed record CoinDrawdown(string CoinId, double Price, double AllTimeHigh, DateOnly AllTimeHighDate, double Drawdown, int HistoryDays);
