namespace AltSeason.OnChain.Signals;

/// <summary>Change of total stablecoin market cap over ChangeDays: fresh dollars waiting at the door when positive.</summary>
public sealed record StablecoinSupplyReading(double SupplyUsd, double? ChangeUsd, double? ChangePercent, int ChangeDays);
