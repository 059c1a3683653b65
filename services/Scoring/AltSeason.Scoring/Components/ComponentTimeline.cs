namespace AltSeason.Scoring.Components;

/// <summary>
/// The known components of a date window, per family and as-of date, in memory. Pure: the batch loads it from the
/// read model, adds what it records in its own (still open) transaction, and picks each score date's inputs from it.
/// </summary>
public sealed class ComponentTimeline
{
    readonly Dictionary<string, SortedList<DateOnly, KnownComponent>> _byFamily = new(StringComparer.Ordinal);

    public ComponentTimeline(IEnumerable<KnownComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        foreach (var component in components) Set(component);
    }

    public KnownComponent? Get(string family, DateOnly asOf) =>
        _byFamily.TryGetValue(family, out var dates) && dates.TryGetValue(asOf, out var known) ? known : null;

    public void Set(KnownComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (!_byFamily.TryGetValue(component.Family, out var dates)) _byFamily[component.Family] = dates = [];
        dates[component.AsOf] = component;
    }

    /// <summary>
    /// True when <paramref name="evaluation"/> is not known yet: a first evaluation of that date, or a later version
    /// of it. A redelivered or out-of-order older evaluation is not news.
    /// </summary>
    public bool IsNews(ComponentRecorded evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var known = Get(evaluation.Family, evaluation.AsOf);
        return known is null
            || !string.Equals(known.Reference.SourceStreamId, evaluation.Source.StreamId, StringComparison.Ordinal)
            || evaluation.Source.StreamVersion > known.Reference.SourceStreamVersion;
    }

    /// <summary>The family's evaluation a score for <paramref name="date"/> uses: the latest as-of ≤ date, at most <paramref name="stalenessDays"/> old.</summary>
    public KnownComponent? Pick(string family, DateOnly date, int stalenessDays)
    {
        if (!_byFamily.TryGetValue(family, out var dates) || dates.Count == 0) return null;
        var keys = dates.Keys;
        int low = 0, high = keys.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (keys[middle] <= date) { found = middle; low = middle + 1; }
            else high = middle - 1;
        }
        return found >= 0 && keys[found] >= date.AddDays(-stalenessDays) ? dates.Values[found] : null;
    }

    /// <summary>Dates in the range on which a score-date driving family has an evaluation, ascending.</summary>
    public IReadOnlyList<DateOnly> ScoreDates(DateOnly from, DateOnly to) =>
        [.. SignalFamilies.ScoreDateDrivers
            .SelectMany(f => _byFamily.TryGetValue(f, out var dates) ? dates.Keys : [])
            .Where(d => d >= from && d <= to)
            .Distinct()
            .Order()];
}
