namespace AltSeason.Equities.Signals.Evaluation;

/// <summary>
/// Hands out fixed-length slices of a few large shared arrays, for the lists every evaluation carries (21 lag
/// correlations, 3 window correlations). One array per thousands of sessions instead of one per session: large
/// arrays of plain structs are neither copied between GC generations nor scanned, so a long history's results
/// cost the garbage collector almost nothing, and the cost per session stays flat as the history grows.
/// </summary>
internal sealed class ResultArena<T>(int sliceLength, int expectedSlices)
    where T : struct
{
    const int MaxSlicesPerBlock = 4096;
    T[] _block = [];
    int _used;
    int _nextBlockSlices = Math.Clamp(expectedSlices, 1, MaxSlicesPerBlock);

    /// <summary>A fresh slice nobody else holds; it stays valid (and unshared) for the life of the results.</summary>
    public Memory<T> Take()
    {
        if (_used + sliceLength > _block.Length)
        {
            _block = new T[sliceLength * _nextBlockSlices];
            _used = 0;
            _nextBlockSlices = Math.Min(2 * _nextBlockSlices, MaxSlicesPerBlock); // more than expected: grow
        }
        var slice = _block.AsMemory(_used, sliceLength);
        _used += sliceLength;
        return slice;
    }
}
