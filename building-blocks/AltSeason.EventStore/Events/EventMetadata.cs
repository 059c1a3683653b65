using System.Diagnostics;

namespace AltSeason.EventStore.Events;

/// <summary>Who and what caused an event: correlation and causation ids, the W3C traceparent, the acting user.</summary>
public sealed record EventMetadata(
    string? CorrelationId = null,
    string? CausationId = null,
    string? TraceParent = null,
    string? User = null)
{
    public static EventMetadata Empty { get; } = new();

    /// <summary>Fills a missing traceparent from the current activity so traces link writes to their cause.</summary>
    public EventMetadata WithAmbientTrace() =>
        TraceParent is null && Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity
            ? this with { TraceParent = activity.Id }
            : this;
}
