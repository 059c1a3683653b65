namespace AltSeason.EventStore.Errors;

public sealed class InvalidStreamIdException(string? streamId)
    : EventStoreException(
        $"Stream id '{streamId}' is malformed: it must match {Appending.StreamId.Pattern} " +
        "(lower-case letters, digits and . _ : / -, 1 to 200 characters, starting with a letter or digit).")
{
    public string? StreamId { get; } = streamId;
}
