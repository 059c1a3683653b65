namespace AltSeason.Derivatives.Signals.Funding;

/// <summary>Bands of the 8-hour funding rate (SIGNALS.md); see <see cref="FundingBands"/> for the edges.</summary>
public enum FundingRegime
{
    Negative,
    Soft,
    Neutral,
    Warm,
    Hot,
    Overheated,
}
