namespace AltSeason.Derivatives.Signals.LongShort;

/// <summary>An inclusive range of market-cap ranks, e.g. 11–25.</summary>
public sealed record RankBucket(int FirstRank, int LastRank)
{
    public static IReadOnlyList<RankBucket> Defaults { get; } = [new(1, 10), new(11, 25), new(26, 50), new(51, 100)];

    public bool Contains(int rank) => rank >= FirstRank && rank <= LastRank;

    public string Label => $"rank_{FirstRank}_{LastRank}";
}
