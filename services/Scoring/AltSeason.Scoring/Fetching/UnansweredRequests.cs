using System.Collections.Concurrent;

namespace AltSeason.Scoring.Fetching;

/// <summary>
/// Date ranges a signal service could not be asked about, per family, merged into one range each. The catch-up
/// service asks again once the service answers, so a score left without a component heals without a new message.
/// </summary>
public sealed class UnansweredRequests
{
    readonly ConcurrentDictionary<string, (DateOnly First, DateOnly Last)> _pending = new(StringComparer.Ordinal);

    public void Add(string family, DateOnly first, DateOnly last) =>
        _pending.AddOrUpdate(family, (first, last), (_, range) => (Min(range.First, first), Max(range.Last, last)));

    /// <summary>Takes every pending range; put one back with <see cref="Add"/> if asking fails again.</summary>
    public IReadOnlyList<(string Family, DateOnly First, DateOnly Last)> TakeAll()
    {
        var taken = new List<(string, DateOnly, DateOnly)>();
        foreach (var family in _pending.Keys)
            if (_pending.TryRemove(family, out var range)) taken.Add((family, range.First, range.Last));
        return taken;
    }

    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
