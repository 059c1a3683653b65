namespace AltSeason.SignalServices.Audit;

/// <summary>For a service whose events record facts rather than computations: there is nothing to recompute.</summary>
public sealed class NothingToReplay : IReplayer
{
    public Task<ReplayOutcome> ReplayAsync(string streamPrefix, CancellationToken cancellationToken) =>
        Task.FromResult(ReplayOutcome.Empty);
}
