using System.Reflection;
using System.Runtime.CompilerServices;
using AltSeason.Derivatives.Signals;
using AltSeason.Derivatives.Signals.LongShort;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Derivatives.Family;

/// <summary><c>derivatives-v1</c>: <see cref="DerivativesEvaluator"/> and <see cref="DerivativesImpact"/> over the stored inputs.</summary>
public sealed class DerivativesModelV1(DerivativesParameters parameters, ContractMap contracts) : ISignalModel
{
    const string LongShortPrefix = "derivatives/longshort/";
    const string FundingPrefix = "derivatives/funding/";
    const string OpenInterestPrefix = "derivatives/open-interest/";
    const string CoinPrefix = "coin/";

    readonly ConditionalWeakTable<SignalInputs, DerivativesInputs> _typed = [];

    public string Version => DerivativesParameters.ModelVersion;

    public string CodeVersion { get; } = "derivatives-signals/"
        + (typeof(DerivativesEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; } = parameters.Describe();

    /// <summary>Every signal is cross-sectional on its own date (see <see cref="DerivativesImpact"/>): a date reads that date alone.</summary>
    public int? LookbackDays => 0;

    public AffectedDateRange? AffectedDates(SignalInputs inputs, string series, string field, DateOnly changed) =>
        DerivativesImpact.AffectedDates(series, changed);

    public IReadOnlyList<DatedSignals> Evaluate(SignalInputs inputs, DateOnly first, DateOnly last) =>
        [.. DerivativesEvaluator.Evaluate(Typed(inputs), parameters, first, last).Select(e => new DatedSignals(e.AsOf, e.ToSignalValues()))];

    DerivativesInputs Typed(SignalInputs inputs) => _typed.GetValue(inputs, Build);

    DerivativesInputs Build(SignalInputs inputs)
    {
        var longShort = new List<LongShortSeries>();
        var funding = new Dictionary<string, DailySeries>(StringComparer.Ordinal);
        var openInterest = new Dictionary<string, DailySeries>(StringComparer.Ordinal);
        var marketCaps = new Dictionary<string, DailySeries>(StringComparer.Ordinal);
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (series, rows) in inputs.BySeries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (series.StartsWith(LongShortPrefix, StringComparison.Ordinal) && series[LongShortPrefix.Length..].Split('/') is [var symbol, var kind])
            {
                // The period is not part of the series name; daily values are the date's last sample.
                longShort.Add(DerivativesInputsBuilder.LongShort(symbol, kind, "daily", rows));
                symbols.Add(symbol);
            }
            else if (series.StartsWith(FundingPrefix, StringComparison.Ordinal))
            {
                funding[series[FundingPrefix.Length..]] = DerivativesInputsBuilder.Funding(rows, parameters.DefaultFundingIntervalHours);
                symbols.Add(series[FundingPrefix.Length..]);
            }
            else if (series.StartsWith(OpenInterestPrefix, StringComparison.Ordinal))
            {
                openInterest[series[OpenInterestPrefix.Length..]] = DerivativesInputsBuilder.LastPerDate(rows, Fields.OpenInterestUsd);
                symbols.Add(series[OpenInterestPrefix.Length..]);
            }
            else if (series.StartsWith(CoinPrefix, StringComparison.Ordinal))
            {
                marketCaps[series[CoinPrefix.Length..]] = DerivativesInputsBuilder.LastPerDate(rows, Fields.MarketCapUsd);
            }
        }
        var mapped = symbols.Select(s => (Symbol: s, Coin: contracts.CoinOf(s))).Where(c => c.Coin is not null)
            .Select(c => new DerivativeContract(c.Symbol, c.Coin!)).ToList();
        return new DerivativesInputs(mapped, longShort, funding, openInterest, marketCaps);
    }
}
