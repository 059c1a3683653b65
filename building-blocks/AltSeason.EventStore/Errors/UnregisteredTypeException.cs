namespace AltSeason.EventStore.Errors;

/// <summary>An event or message whose CLR type has no stable name registered, so it cannot be stored.</summary>
public sealed class UnregisteredTypeException(Type clrType, string registry)
    : EventStoreException(
        $"Type '{clrType.FullName}' is not registered in {registry}; register it with a stable name first.")
{
    public Type ClrType { get; } = clrType;
}
