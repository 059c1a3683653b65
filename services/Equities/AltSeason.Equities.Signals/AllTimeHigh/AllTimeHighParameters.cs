namespace AltSeason.Equities.Signals.AllTimeHigh;

public sealed record AllTimeHighParameters(PriceBasis Basis = PriceBasis.Close);
