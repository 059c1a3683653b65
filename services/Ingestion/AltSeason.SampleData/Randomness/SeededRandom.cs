namespace AltSeason.SampleData.Randomness;

/// <summary>
/// SplitMix64: a tiny generator of our own, so the same seed gives the same bytes on every runtime and version
/// (System.Random's seeded sequence is an implementation detail).
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    /// <summary>Standard normal by Box–Muller.</summary>
    public double Gaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double Gaussian(double mean, double sd) => mean + sd * Gaussian();

    /// <summary>An independent stream for one part of the data, so adding coins does not shift the equity paths.</summary>
    public SeededRandom Fork(ulong salt) => new(_state ^ (salt * 0xD1B54A32D192ED03UL));
}
