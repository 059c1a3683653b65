using AltSeason.Derivatives.Signals.Funding;
using AltSeason.Derivatives.Signals.Leverage;
using AltSeason.Derivatives.Signals.LongShort;
using AltSeason.TimeSeries;

namespace AltSeason.Derivatives.Signals.Evaluation;

/// <summary>Every derivatives output for one date, with the parameters that produced it.</summary>
/// <param name="LongShort">Each (symbol, kind) with a ratio that day, ordered by kind then symbol.</param>
/// <param name="LongBias">One summary per ratio kind present that day.</param>
/// <param name="AltcoinFunding">Median 8-hour funding over the altcoins with funding that day.</param>
/// <param name="AltcoinLeverage">Sum of altcoin open interest / sum of their market caps, where both exist.</param>
public sealed record DerivativesEvaluation(
    DateOnly AsOf,
    IReadOnlyList<LongShortReading> LongShort,
    IReadOnlyList<LongBiasResult> LongBias,
    IReadOnlyList<FundingReading> Funding,
    FundingReading? AltcoinFunding,
    IReadOnlyList<LeverageReading> Leverage,
    double? AltcoinLeverage,
    DerivativesParameters Parameters)
{
    /// <summary>Flat values with explicit units, in a stable order (kinds and symbols sorted ordinally).</summary>
    public IReadOnlyList<SignalValue> ToSignalValues() => DerivativesSignalValues.Flatten(this);
}
