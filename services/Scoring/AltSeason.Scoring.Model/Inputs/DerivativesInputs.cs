namespace AltSeason.Scoring.Model;

/// <param name="LongBiasBreadth">Share of altcoins with long/short accounts ratio above 1, as a fraction (0–1).</param>
/// <param name="RankLongBiasSpearman">Spearman correlation of market-cap rank and long/short ratio across altcoins.</param>
/// <param name="Funding8hRate">Funding rate per 8 hours as a fraction (0.0001 = 0.01% per 8h).</param>
public sealed record DerivativesInputs(
    double? LongBiasBreadth = null,
    double? RankLongBiasSpearman = null,
    double? Funding8hRate = null);
