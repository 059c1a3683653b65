namespace AltSeason.Scoring.Model;

/// <param name="DeepDrawdownSharePercent">Share of altcoins at least 80% below their all-time high, percent.</param>
public sealed record DrawdownResetInputs(double? DeepDrawdownSharePercent = null);
