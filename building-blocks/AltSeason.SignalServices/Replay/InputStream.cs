using AltSeason.SignalServices.Events;

namespace AltSeason.SignalServices.Replay;

/// <summary>The stored events of one input stream (<c>inputs/&lt;series&gt;</c>) in version order, with their hashes.</summary>
internal sealed class InputStream
{
    readonly List<(long Version, byte[] Hash, InputsReceived Data)> _events = [];

    public int Count => _events.Count;

    public (long Version, byte[] Hash, InputsReceived Data) this[int index] => _events[index];

    public void Add(long version, byte[] hash, InputsReceived data) => _events.Add((version, hash, data));

    public void SortByVersion() => _events.Sort((a, b) => a.Version.CompareTo(b.Version));

    /// <summary>The stored hash of one version, as lower-case hex; "(missing)" when there is no such event.</summary>
    public string HashOf(long version)
    {
        var index = _events.BinarySearch((version, [], null!), ByVersion.Instance);
        return index >= 0 ? Convert.ToHexStringLower(_events[index].Hash) : InputsFolder.Missing;
    }

    sealed class ByVersion : IComparer<(long Version, byte[] Hash, InputsReceived Data)>
    {
        public static ByVersion Instance { get; } = new();

        public int Compare((long Version, byte[] Hash, InputsReceived Data) x, (long Version, byte[] Hash, InputsReceived Data) y) =>
            x.Version.CompareTo(y.Version);
    }
}
