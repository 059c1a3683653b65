namespace AltSeason.OnChain.Signals;

/// <summary>
/// A versioned list of coins that are not altcoins. A list never changes once published: a correction is a new
/// version, so an index computed under V1 replays under V1 forever.
/// </summary>
public sealed record UniverseRules(string Version, IReadOnlyList<ExcludedCoin> Excluded)
{
    readonly HashSet<string> _ids = Excluded.Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Excludes(string coinId) => _ids.Contains(coinId);

    public static UniverseRules V1 { get; } = new("v1", UniverseRulesV1.Coins);

    public static IReadOnlyList<UniverseRules> All { get; } = [V1];

    /// <summary>The rules of <paramref name="version"/>; throws naming the known versions when it is unknown.</summary>
    public static UniverseRules Get(string version) =>
        All.FirstOrDefault(r => string.Equals(r.Version, version, StringComparison.OrdinalIgnoreCase))
        ?? throw new OnChainParameterException(nameof(AltSeasonIndexParameters.UniverseRulesVersion),
            $"names unknown universe rules '{version}'; known: {string.Join(", ", All.Select(r => r.Version))}");
}
