using System.Collections.Concurrent;
using AltSeason.Scoring.Components;

namespace AltSeason.Scoring.Storage;

/// <summary>
/// Components already decoded from the read model, by family, date, version and hash. A committed component event
/// never changes, so an entry is right for as long as the row still names that version and hash; a batch reads the
/// rows' heads and decodes only what is new. Only rows read back from PostgreSQL (committed) are kept.
/// </summary>
internal sealed class ComponentCache
{
    // Bounds memory (about 40 years of dates for every family); forgetting only costs decoding again.
    const int Capacity = 50_000;

    readonly ConcurrentDictionary<(string Family, DateOnly AsOf), KnownComponent> _components = new();

    public bool TryGet(string family, DateOnly asOf, long version, string sha256, out KnownComponent component)
    {
        if (_components.TryGetValue((family, asOf), out var cached) && cached.Reference.StreamVersion == version
            && string.Equals(cached.Reference.EventSha256, sha256, StringComparison.Ordinal))
        {
            component = cached;
            return true;
        }
        component = null!;
        return false;
    }

    public void Remember(KnownComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (_components.Count >= Capacity) _components.Clear();
        _components[(component.Family, component.AsOf)] = component;
    }
}
