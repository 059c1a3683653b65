using System.Text.Json;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Outbox;
using AltSeason.EventStore.Projections;

namespace AltSeason.EventStore.Configuration;

public sealed class EventStoreOptions
{
    /// <summary>The PostgreSQL schema this service owns (events, projections, outbox, inbox).</summary>
    public string Schema { get; set; } = "events";

    public string? ConnectionString { get; set; }

    public EventTypeRegistry Events { get; } = new();

    /// <summary>Stable names for the messages written to the outbox.</summary>
    public MessageTypeRegistry Messages { get; } = new();

    public ProjectionRegistry Projections { get; } = new();

    /// <summary>Fixed at start; stored JSON (and so every hash) depends on these settings.</summary>
    public JsonSerializerOptions Json { get; set; } = StoreJson.CreateDefaultOptions();

    /// <summary>Largest JSON an event or outbox message may serialise to.</summary>
    public int MaxPayloadBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Appends of at least this many events to one stream go by binary COPY (three round trips, bulk insert)
    /// instead of one append_events call (one round trip, row-by-row insert).
    /// </summary>
    public int BulkAppendThreshold { get; set; } = 50;

    /// <summary>
    /// Stamps recorded_at. Null (the default) uses the database's transaction time, one clock for all writers;
    /// tests inject a fake clock to make time travel deterministic.
    /// </summary>
    public TimeProvider? Clock { get; set; }

    public OutboxRelayOptions Outbox { get; } = new();

    public ProjectionDaemonOptions Daemon { get; } = new();
}
