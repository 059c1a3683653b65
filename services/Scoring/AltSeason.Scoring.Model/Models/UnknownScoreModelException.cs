namespace AltSeason.Scoring.Model;

/// <summary>No score model has the requested version; lists the versions that exist.</summary>
public sealed class UnknownScoreModelException(string version, IEnumerable<string> known)
    : KeyNotFoundException($"Unknown score model version '{version}'. Known versions: {string.Join(", ", known)}.")
{
    public string Version { get; } = version;
}
