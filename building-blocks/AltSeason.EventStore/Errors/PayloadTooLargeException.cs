namespace AltSeason.EventStore.Errors;

public sealed class PayloadTooLargeException(string target, string typeName, int sizeBytes, int limitBytes)
    : EventStoreException(
        $"{target}: '{typeName}' serialises to {sizeBytes} bytes, over the limit of {limitBytes} bytes.")
{
    public string Target { get; } = target;
    public string TypeName { get; } = typeName;
    public int SizeBytes { get; } = sizeBytes;
    public int LimitBytes { get; } = limitBytes;
}
