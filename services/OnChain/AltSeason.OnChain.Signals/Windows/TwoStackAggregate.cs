namespace AltSeason.OnChain.Signals;

/// <summary>
/// Aggregate of a first-in-first-out window under an associative combine, without ever subtracting: the oldest
/// items sit on a "front" stack with precomputed suffix aggregates, new items on a "back" list with a running
/// aggregate; when the front empties the back is flipped onto it. Amortised O(1) per item.
/// </summary>
/// <remarks>
/// Why not add-then-subtract running sums: a subtracted value leaves floating-point residue behind, so a value
/// that has left the window would still move later results in their last bits (and, next to much larger values,
/// by more). Here once an item has left, no stored aggregate contains it.
/// </remarks>
internal sealed class TwoStackAggregate<T>(Func<T, T, T> combine, T empty)
{
    readonly T _empty = empty;
    readonly Stack<(T Item, T Suffix)> _front = new();
    readonly List<T> _back = [];
    T _backAggregate = empty;


    public T Aggregate => combine(_front.Count > 0 ? _front.Peek().Suffix : _empty, _backAggregate);

    public void Push(T item)
    {
        _back.Add(item);
        _backAggregate = combine(_backAggregate, item);
    }

    public void PopOldest()
    {
        if (_front.Count == 0)
        {
            var suffix = _empty;
            for (var i = _back.Count - 1; i >= 0; i--)
            {
                suffix = combine(_back[i], suffix);
                _front.Push((_back[i], suffix));
            }
            _back.Clear();
            _backAggregate = _empty;
        }
        _front.Pop();
    }
}
