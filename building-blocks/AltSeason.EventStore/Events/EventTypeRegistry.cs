using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AltSeason.EventStore.Errors;

namespace AltSeason.EventStore.Events;

/// <summary>
/// Maps CLR event types to stable names (never the CLR name, so classes can be renamed or moved) and holds the
/// upcasters that lift an old stored shape to the current one on read.
/// </summary>
public sealed partial class EventTypeRegistry
{
    // \z, not $: in .NET, $ also matches before a final newline, which would let "name\n" through.
    public const string NamePattern = "^[A-Za-z][A-Za-z0-9._-]{0,99}\\z";

    readonly Dictionary<string, EventType> _byName = new(StringComparer.Ordinal);
    readonly Dictionary<Type, EventType> _byClr = [];
    readonly Dictionary<(string Name, int FromVersion), Func<JsonObject, JsonObject>> _upcasters = [];

    public IReadOnlyCollection<EventType> All => _byName.Values;

    public EventTypeRegistry Register<T>(string name, int version = 1) => Register(typeof(T), name, version);

    public EventTypeRegistry Register(Type clrType, string name, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        if (name is null || !NameRegex().IsMatch(name))
            throw new ArgumentException($"Event type name '{name}' must match {NamePattern}.", nameof(name));
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        if (_byName.ContainsKey(name)) throw new ArgumentException($"Event type name '{name}' is already registered.", nameof(name));
        if (_byClr.ContainsKey(clrType)) throw new ArgumentException($"Type '{clrType}' is already registered.", nameof(clrType));

        var type = new EventType(name, version, clrType);
        _byName[name] = type;
        _byClr[clrType] = type;
        return this;
    }

    /// <summary>Lifts the JSON of <paramref name="name"/> from <paramref name="fromVersion"/> to the next version.</summary>
    public EventTypeRegistry Upcast(string name, int fromVersion, Func<JsonObject, JsonObject> upgrade)
    {
        ArgumentNullException.ThrowIfNull(upgrade);
        if (!_upcasters.TryAdd((name, fromVersion), upgrade))
            throw new ArgumentException($"An upcaster for '{name}' v{fromVersion} already exists.", nameof(fromVersion));
        return this;
    }

    public EventType ForClrType(Type clrType) =>
        _byClr.TryGetValue(clrType, out var type) ? type : throw new UnregisteredTypeException(clrType, "the event type registry");

    internal bool TryGetByName(string name, out EventType type) => _byName.TryGetValue(name, out type!);

    internal bool TryGetUpcaster(string name, int fromVersion, out Func<JsonObject, JsonObject> upgrade) =>
        _upcasters.TryGetValue((name, fromVersion), out upgrade!);

    [GeneratedRegex(NamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();
}
