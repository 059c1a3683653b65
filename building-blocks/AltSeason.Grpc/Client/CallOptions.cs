namespace AltSeason.Grpc;

/// <summary>Per-call settings of a client call.</summary>
/// <param name="Deadline">When to give up (UTC); sent as <c>grpc-timeout</c>. Null = no deadline.</param>
/// <param name="Headers">Custom request metadata.</param>
/// <param name="Idempotent">
/// True when running the call twice does no harm; only such calls are retried on UNAVAILABLE.
/// </param>
public sealed record CallOptions(
    DateTime? Deadline = null,
    Metadata? Headers = null,
    bool Idempotent = false,
    CancellationToken CancellationToken = default)
{
    public static CallOptions Default { get; } = new();

    /// <summary>A deadline <paramref name="timeout"/> from now.</summary>
    public static CallOptions WithTimeout(TimeSpan timeout, bool idempotent = false, CancellationToken cancellationToken = default) =>
        new(DateTime.UtcNow + timeout, null, idempotent, cancellationToken);
}
