namespace AltSeason.Scoring.Model;

/// <param name="AltSeasonIndex">Altcoin Season Index (headline window), 0–100.</param>
public sealed record AltcoinBreadthInputs(double? AltSeasonIndex = null);
