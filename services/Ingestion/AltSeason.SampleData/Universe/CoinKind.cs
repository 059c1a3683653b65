namespace AltSeason.SampleData.Universe;

/// <summary>The kinds universe rules treat differently (the Altcoin Season Index leaves out all but <see cref="Altcoin"/> and Ether).</summary>
public enum CoinKind
{
    Bitcoin,
    Ether,
    Altcoin,
    Stablecoin,
    Wrapped,
    LiquidStaking,
}
