namespace AltSeason.OnChain.Signals;

/// <param name="UniverseSize">The universe is the largest this many eligible coins by market cap on the evaluation date.</param>
/// <param name="UniverseRulesVersion">Which <see cref="UniverseRules"/> list excludes non-altcoins.</param>
/// <param name="AltcoinSeasonAt">Index at or above this is "altcoin season".</param>
/// <param name="BitcoinSeasonAt">Index at or below this is "bitcoin season".</param>
public sealed record AltSeasonIndexParameters(
    int UniverseSize = 50,
    string UniverseRulesVersion = "v1",
    double AltcoinSeasonAt = 75,
    double BitcoinSeasonAt = 25,
    string BitcoinId = "bitcoin")
{
    /// <summary>Return windows in days; the first is the headline index (SIGNALS.md: 90, also 30 and 365).</summary>
    public IReadOnlyList<int> Windows { get; init; } = [90, 30, 365];

    public int HeadlineWindow => Windows[0];

    public UniverseRules Rules => UniverseRules.Get(UniverseRulesVersion);

    internal void Validate()
    {
        Require.Positive(UniverseSize, $"{nameof(AltSeasonIndexParameters)}.{nameof(UniverseSize)}");
        if (Windows.Count == 0)
            throw new OnChainParameterException($"{nameof(AltSeasonIndexParameters)}.{nameof(Windows)}", "must list at least one window");
        foreach (var w in Windows) Require.Positive(w, $"{nameof(AltSeasonIndexParameters)}.{nameof(Windows)}");
        if (Windows.Distinct().Count() != Windows.Count)
            throw new OnChainParameterException($"{nameof(AltSeasonIndexParameters)}.{nameof(Windows)}", "must not repeat a window");
        _ = Rules;
        Require.Between(AltcoinSeasonAt, 0, 100, $"{nameof(AltSeasonIndexParameters)}.{nameof(AltcoinSeasonAt)}");
        Require.Between(BitcoinSeasonAt, 0, AltcoinSeasonAt, $"{nameof(AltSeasonIndexParameters)}.{nameof(BitcoinSeasonAt)}");
        Require.CoinId(BitcoinId, $"{nameof(AltSeasonIndexParameters)}.{nameof(BitcoinId)}");
    }
}
