namespace AltSeason.OnChain.Signals;

/// <param name="TopCount">OTHERS is the total market cap minus the caps of this many largest coins.</param>
/// <param name="SupportDays">OTHERS/BTC support is its lowest value over this many days before the as-of date.</param>
public sealed record OthersParameters(int TopCount = 10, int SupportDays = 365)
{
    internal void Validate()
    {
        Require.Positive(TopCount, $"{nameof(OthersParameters)}.{nameof(TopCount)}");
        Require.Positive(SupportDays, $"{nameof(OthersParameters)}.{nameof(SupportDays)}");
    }
}
