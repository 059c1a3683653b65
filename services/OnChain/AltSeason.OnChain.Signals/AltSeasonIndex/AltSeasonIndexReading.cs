namespace AltSeason.OnChain.Signals;

/// <summary>The Altcoin Season Index for one return window on one date.</summary>
/// <param name="Value">100 × Outperformers / Eligible, in [0, 100]; null when BTC's return or every coin's is unknown.</param>
/// <param name="Season"><c>altcoin-season</c>, <c>bitcoin-season</c> or <c>neutral</c>; null with the value.</param>
/// <param name="Eligible">Universe coins with a price on the date and on the date W days earlier.</param>
/// <param name="UniverseCount">Coins in the universe that day, eligible or not.</param>
/// <param name="BitcoinReturn">BTC's W-day price return (fraction) the altcoins are compared against.</param>
public sealed record AltSeasonIndexReading(
    int WindowDays,
    double? Value,
    string? Season,
    int Outperformers,
    int Eligible,
    int UniverseCount,
    double? BitcoinReturn,
    string UniverseRulesVersion);
