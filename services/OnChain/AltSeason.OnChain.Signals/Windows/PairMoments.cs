namespace AltSeason.OnChain.Signals;

/// <summary>Means, squared deviations and co-deviation of (x, y) pairs; merged with the pairwise (Chan et al.) update.</summary>
internal readonly record struct PairMoments(int Count, double MeanX, double MeanY, double Sxx, double Syy, double Sxy)
{
    public static PairMoments Empty => default;

    public static PairMoments Of(double x, double y) => new(1, x, y, 0, 0, 0);

    public static PairMoments Merge(PairMoments a, PairMoments b)
    {
        if (a.Count == 0) return b;
        if (b.Count == 0) return a;
        var n = a.Count + b.Count;
        var dx = b.MeanX - a.MeanX;
        var dy = b.MeanY - a.MeanY;
        var w = (double)a.Count * b.Count / n;
        return new(n, a.MeanX + dx * b.Count / n, a.MeanY + dy * b.Count / n,
            a.Sxx + b.Sxx + dx * dx * w, a.Syy + b.Syy + dy * dy * w, a.Sxy + b.Sxy + dx * dy * w);
    }
}
