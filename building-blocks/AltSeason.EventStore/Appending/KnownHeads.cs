using System.Collections.Concurrent;

namespace AltSeason.EventStore.Appending;

/// <summary>
/// Per stream, the newest version this store instance wrote or read and its hash. A writer that appends at exactly
/// that version can hash its events itself and send them in one statement (append_hashed). Only a hint: the
/// database checks it against the stored hash and computes the chain itself when it is stale.
/// </summary>
internal sealed class KnownHeads
{
    // Bounds memory for processes that touch many streams; forgetting only costs the slower append path.
    const int Capacity = 100_000;

    readonly ConcurrentDictionary<string, (long Version, byte[] Hash)> _heads = new(StringComparer.Ordinal);

    /// <summary>The hash that precedes an append at <paramref name="version"/>; empty for a new stream.</summary>
    public bool TryGetPrevious(string streamId, long version, out byte[] hash)
    {
        if (version == 0)
        {
            hash = [];
            return true;
        }
        if (_heads.TryGetValue(streamId, out var head) && head.Version == version)
        {
            hash = head.Hash;
            return true;
        }
        hash = [];
        return false;
    }

    public void Remember(string streamId, long version, byte[] hash)
    {
        if (_heads.Count >= Capacity) _heads.Clear();
        _heads[streamId] = (version, hash);
    }
}
