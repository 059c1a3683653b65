namespace AltSeason.Scoring.Components;

/// <summary>The signal families the score is built from, and which of them decide the dates that get a score.</summary>
public static class SignalFamilies
{
    public const string Equities = "equities";
    public const string Derivatives = "derivatives";
    public const string OnChain = "onchain";

    public static IReadOnlyList<string> All { get; } = [Equities, Derivatives, OnChain];

    /// <summary>A date gets a score when one of these families evaluated it (derivatives data is too short-lived to drive dates).</summary>
    public static IReadOnlyList<string> ScoreDateDrivers { get; } = [OnChain, Equities];

    public static bool IsKnown(string family) => All.Contains(family, StringComparer.Ordinal);
}
