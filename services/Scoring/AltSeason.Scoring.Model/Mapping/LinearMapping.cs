namespace AltSeason.Scoring.Model;

/// <summary>
/// Maps a signal to 0–100 points on a clamped straight line: 0 points at <see cref="ZeroAt"/> and beyond it,
/// 100 at <see cref="HundredAt"/> and beyond it, linear between. Monotone by construction: increasing when
/// ZeroAt &lt; HundredAt, decreasing when ZeroAt &gt; HundredAt (e.g. dominance falling is bullish for alts).
/// Flags are 0/1 with ZeroAt 0 and HundredAt 1.
/// </summary>
public sealed record LinearMapping(double ZeroAt, double HundredAt)
{
    public static LinearMapping Flag { get; } = new(0, 1);

    public bool Increasing => HundredAt > ZeroAt;

    public double Map(double value)
    {
        var t = (value - ZeroAt) / (HundredAt - ZeroAt);
        return 100 * Math.Clamp(t, 0, 1);
    }

    public string Describe() =>
        this == Flag
            ? "flag: no → 0, yes → 100"
            : $"linear: {ZeroAt:0.####} → 0, {HundredAt:0.####} → 100, clamped ({(Increasing ? "higher is better" : "lower is better")})";

    internal void Validate(string where)
    {
        if (!double.IsFinite(ZeroAt) || !double.IsFinite(HundredAt) || ZeroAt == HundredAt)
            throw new ScoreModelDefinitionException(where, $"mapping needs two different finite anchors, got {ZeroAt} and {HundredAt}");
    }
}
