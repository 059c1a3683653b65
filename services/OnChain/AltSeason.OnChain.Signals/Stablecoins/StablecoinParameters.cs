namespace AltSeason.OnChain.Signals;

/// <param name="ChangeDays">Stablecoin supply change is measured over this many days.</param>
public sealed record StablecoinParameters(int ChangeDays = 30)
{
    internal void Validate() => Require.Positive(ChangeDays, $"{nameof(StablecoinParameters)}.{nameof(ChangeDays)}");
}
