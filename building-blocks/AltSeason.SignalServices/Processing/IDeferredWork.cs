namespace AltSeason.SignalServices.Processing;

/// <summary>
/// Work a batch processor leaves for later so that many batches share it (a signal service's evaluation): the
/// <see cref="MessageCoalescer{T}"/> runs it once messages stop coming for a while, or once it has waited too long.
/// The processor records what is owed durably, so a crash in between loses nothing; a run with nothing owed is cheap.
/// </summary>
public interface IDeferredWork
{
    Task RunDeferredAsync(CancellationToken ct);
}
