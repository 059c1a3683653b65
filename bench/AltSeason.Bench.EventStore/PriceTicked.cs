namespace AltSeason.Bench.EventStore;

/// <summary>A small, realistic event: one price observation.</summary>
public sealed record PriceTicked(string Symbol, decimal Price, long Sequence);
