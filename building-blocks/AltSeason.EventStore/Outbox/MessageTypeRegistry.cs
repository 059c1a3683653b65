using AltSeason.EventStore.Errors;

namespace AltSeason.EventStore.Outbox;

/// <summary>Stable names for outbox messages, so a stored row can be published after the code was refactored.</summary>
public sealed class MessageTypeRegistry
{
    readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    readonly Dictionary<Type, string> _byClr = [];

    public MessageTypeRegistry Register<T>(string name) where T : class => Register(typeof(T), name);

    public MessageTypeRegistry Register(Type clrType, string name)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // MassTransit derives exchange names from namespaces and refuses types without one.
        if (string.IsNullOrEmpty(clrType.Namespace))
            throw new ArgumentException($"Message type '{clrType.Name}' must be declared in a namespace.", nameof(clrType));
        if (!_byName.TryAdd(name, clrType)) throw new ArgumentException($"Message name '{name}' is already registered.", nameof(name));
        if (!_byClr.TryAdd(clrType, name))
        {
            _byName.Remove(name);
            throw new ArgumentException($"Type '{clrType}' is already registered.", nameof(clrType));
        }
        return this;
    }

    public string NameOf(Type clrType) =>
        _byClr.TryGetValue(clrType, out var name) ? name : throw new UnregisteredTypeException(clrType, "the outbox message registry");

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}
