namespace AltSeason.EventStore.Projections;

public sealed class ProjectionRegistry
{
    readonly List<IInlineProjection> _inline = [];
    readonly List<IAsyncProjection> _async = [];

    public IReadOnlyList<IInlineProjection> Inline => _inline;
    public IReadOnlyList<IAsyncProjection> Async => _async;

    public ProjectionRegistry AddInline(IInlineProjection projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        _inline.Add(projection);
        return this;
    }

    public ProjectionRegistry AddAsync(IAsyncProjection projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        if (_async.Exists(p => p.Name == projection.Name))
            throw new ArgumentException($"An async projection named '{projection.Name}' is already registered.", nameof(projection));
        _async.Add(projection);
        return this;
    }
}
