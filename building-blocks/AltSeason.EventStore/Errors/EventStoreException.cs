namespace AltSeason.EventStore.Errors;

/// <summary>Base of every error the event store raises on purpose, so callers can catch one type.</summary>
public abstract class EventStoreException(string message, Exception? inner = null) : Exception(message, inner);
