namespace AltSeason.EventStore.Subscriptions;

/// <summary>
/// A place in the global order. Events are ordered by (transaction id, position), not by position alone: a
/// transaction can take a low position and commit late, and a plain position checkpoint would skip it.
/// </summary>
public readonly record struct Checkpoint(ulong TransactionId, long Position) : IComparable<Checkpoint>
{
    public static Checkpoint Start { get; } = new(0, 0);

    public int CompareTo(Checkpoint other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : Position.CompareTo(other.Position);

    public static bool operator <(Checkpoint left, Checkpoint right) => left.CompareTo(right) < 0;
    public static bool operator >(Checkpoint left, Checkpoint right) => left.CompareTo(right) > 0;
    public static bool operator <=(Checkpoint left, Checkpoint right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Checkpoint left, Checkpoint right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{TransactionId}/{Position}";
}
