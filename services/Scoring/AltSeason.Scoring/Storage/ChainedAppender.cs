using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Integrity;

namespace AltSeason.Scoring.Storage;

/// <summary>
/// Appends one event at an exact version and returns the hash the store will give it. Scores must name the
/// component events they use, and messages must name the score event, before the transaction commits; the
/// expected-version check guarantees the chain link computed here is the one the database computes.
/// </summary>
internal sealed class ChainedAppender(PostgresEventStore store)
{
    public string Append<T>(EventSession session, string streamId, long currentVersion, string? currentSha256, T @event)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(@event);
        var type = store.Options.Events.ForClrType(typeof(T));
        var json = JsonSerializer.Serialize(@event, store.Serializer.Options);
        var previous = currentSha256 is null ? [] : Convert.FromHexString(currentSha256);
        var hash = EventHash.Compute(streamId, currentVersion + 1, type.Name, type.Version, json, previous);
        session.Append(streamId, ExpectedVersion.Exactly(currentVersion), @event);
        return Convert.ToHexStringLower(hash);
    }
}
