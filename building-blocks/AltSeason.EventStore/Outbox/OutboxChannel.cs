namespace AltSeason.EventStore.Outbox;

/// <summary>The LISTEN/NOTIFY channel appends use to wake the outbox relay of their schema.</summary>
internal static class OutboxChannel
{
    public static string For(string schema) => $"{schema}_outbox";
}
