using AltSeason.Scoring.Components;

namespace AltSeason.Scoring.Fetching;

/// <summary>Asks a family's own service for its evaluations, for the components Scoring has not received yet.</summary>
public interface ISignalSource
{
    /// <summary>The family's evaluations from <paramref name="first"/> to <paramref name="last"/> (inclusive), oldest first; null when the service could not be reached.</summary>
    Task<IReadOnlyList<ComponentRecorded>?> ListAsync(string family, DateOnly first, DateOnly last, CancellationToken cancellationToken);
}
