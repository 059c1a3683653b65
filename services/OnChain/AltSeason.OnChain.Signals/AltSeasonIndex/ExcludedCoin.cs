namespace AltSeason.OnChain.Signals;

/// <summary>One coin kept out of the altcoin universe, with the reason a reviewer can check.</summary>
/// <param name="Id">CoinGecko-style coin id, as in <c>coin/{id}</c>.</param>
public sealed record ExcludedCoin(string Id, ExclusionReason Reason, string Note);
