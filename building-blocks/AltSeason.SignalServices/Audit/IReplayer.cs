namespace AltSeason.SignalServices.Audit;

/// <summary>
/// Recomputes a service's recorded evaluations from their recorded inputs with their recorded model version.
/// Each service knows its own evaluations, so each implements this; the audit API only reports the outcome.
/// </summary>
public interface IReplayer
{
    /// <param name="streamPrefix">Replay only streams whose id starts with this; empty = every evaluation.</param>
    Task<ReplayOutcome> ReplayAsync(string streamPrefix, CancellationToken cancellationToken);
}
