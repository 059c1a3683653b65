namespace AltSeason.OnChain.Signals;

/// <summary>Count, mean and sum of squared deviations of a set of numbers; merged with Chan et al.'s stable formula.</summary>
internal readonly record struct Moments(int Count, double Mean, double SquaredDeviations)
{
    public static Moments Empty => default;

    public static Moments Of(double x) => new(1, x, 0);

    public static Moments Merge(Moments a, Moments b)
    {
        if (a.Count == 0) return b;
        if (b.Count == 0) return a;
        var n = a.Count + b.Count;
        var delta = b.Mean - a.Mean;
        return new(n, a.Mean + delta * b.Count / n, a.SquaredDeviations + b.SquaredDeviations + delta * delta * a.Count * b.Count / n);
    }
}
