namespace AltSeason.SignalServices.Processing;

/// <summary>
/// How a <see cref="MessageCoalescer{T}"/> gathers a batch: it keeps taking messages until none arrived for
/// <see cref="QuietPeriod"/>, the batch is <see cref="MaxWait"/> old, or it holds <see cref="MaxMessages"/>.
/// </summary>
public sealed record CoalescingOptions(TimeSpan QuietPeriod, TimeSpan MaxWait, int MaxMessages)
{
    /// <summary>
    /// Messages a consumer may hold at once while they wait for their batch; also the broker prefetch. One batch's
    /// worth: each held message keeps all of a file's rows (MassTransit keeps its body and envelope until the batch
    /// commits). At 100x two batches' worth cost Derivatives 30-55 MB of its peak, and a p100 backfill was no faster
    /// with them (208 s against 161 s with one, back to back).
    /// </summary>
    public int InFlight => MaxMessages;
}
