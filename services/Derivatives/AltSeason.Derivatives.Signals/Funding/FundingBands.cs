namespace AltSeason.Derivatives.Signals.Funding;

/// <summary>
/// Edges of the regimes, as 8-hour rates (0.0001 = 0.01%). Below <paramref name="NegativeBelow"/> negative;
/// from it up to 0 (exclusive) soft; from 0 through <paramref name="NeutralUpTo"/> neutral — so Binance's
/// baseline 0.01% counts as neutral; then warm through <paramref name="WarmUpTo"/>, hot through
/// <paramref name="HotUpTo"/>, overheated above.
/// </summary>
public sealed record FundingBands(
    double NegativeBelow = -0.0001,
    double NeutralUpTo = 0.0001,
    double WarmUpTo = 0.0003,
    double HotUpTo = 0.0006)
{
    public FundingRegime Classify(double rate8h) => rate8h switch
    {
        _ when rate8h < NegativeBelow => FundingRegime.Negative,
        < 0 => FundingRegime.Soft,
        _ when rate8h <= NeutralUpTo => FundingRegime.Neutral,
        _ when rate8h <= WarmUpTo => FundingRegime.Warm,
        _ when rate8h <= HotUpTo => FundingRegime.Hot,
        _ => FundingRegime.Overheated,
    };
}
