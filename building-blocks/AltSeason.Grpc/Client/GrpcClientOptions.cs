namespace AltSeason.Grpc;

/// <summary>Settings shared by every call of a <see cref="GrpcClient"/>.</summary>
public sealed class GrpcClientOptions
{
    /// <summary>Largest response message accepted; larger ones fail the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest request message sent.</summary>
    public int MaxSendMessageSize { get; set; } = int.MaxValue;

    /// <summary>Extra attempts for idempotent calls that fail with UNAVAILABLE; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles (with jitter) for each further one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}
