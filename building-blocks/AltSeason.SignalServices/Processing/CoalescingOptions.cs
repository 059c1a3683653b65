namespace AltSeason.SignalServices.Processing;

/// <summary>
/// How a <see cref="MessageCoalescer{T}"/> gathers a batch: it keeps taking messages until none arrived for
/// <see cref="QuietPeriod"/>, the batch is <see cref="MaxWait"/> old, or it holds <see cref="MaxMessages"/>.
/// </summary>
public sealed record CoalescingOptions(TimeSpan QuietPeriod, TimeSpan MaxWait, int MaxMessages)
{
    /// <summary>Messages a consumer may hold at once while they wait for their batch; also the broker prefetch.</summary>
    public int InFlight => MaxMessages * 2;
}
