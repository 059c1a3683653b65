namespace AltSeason.Equities.Signals.HeadAndShoulders;

/// <summary>
/// Five alternating turning points: trough (left shoulder), peak, trough (head), peak, trough (right shoulder).
/// The neckline runs through the two peaks, in price against session number.
/// </summary>
public sealed record InverseHeadAndShouldersPattern(
    Extremum LeftShoulder,
    Extremum LeftPeak,
    Extremum Head,
    Extremum RightPeak,
    Extremum RightShoulder)
{
    public double NecklineAt(int session)
    {
        var slope = (RightPeak.Price - LeftPeak.Price) / (RightPeak.Session - LeftPeak.Session);
        return LeftPeak.Price + slope * (session - LeftPeak.Session);
    }

    /// <summary>Depth of the head below the neckline, projected up from the neckline as the target.</summary>
    public double HeadDepth => NecklineAt(Head.Session) - Head.Price;

    public double ShoulderMean => (LeftShoulder.Price + RightShoulder.Price) / 2;

    /// <summary>How far each shoulder is from their mean, as a fraction of it (both are equally far).</summary>
    public double ShoulderDeviation => Math.Abs(LeftShoulder.Price - ShoulderMean) / ShoulderMean;

    /// <summary>
    /// 0..1: the mean of shoulder-level agreement (1 − deviation / tolerance) and time symmetry
    /// (shorter / longer of the head-to-shoulder spans). 1 is a textbook pattern.
    /// </summary>
    public double FitQuality(double tolerance)
    {
        var levels = 1 - ShoulderDeviation / tolerance;
        var left = Head.Session - LeftShoulder.Session;
        var right = RightShoulder.Session - Head.Session;
        var timing = (double)Math.Min(left, right) / Math.Max(left, right);
        return (levels + timing) / 2;
    }

    public bool IsValid(double tolerance) =>
        !LeftShoulder.IsPeak && LeftPeak.IsPeak && !Head.IsPeak && RightPeak.IsPeak && !RightShoulder.IsPeak
        && Head.Price < LeftShoulder.Price && Head.Price < RightShoulder.Price
        && ShoulderDeviation <= tolerance;
}
