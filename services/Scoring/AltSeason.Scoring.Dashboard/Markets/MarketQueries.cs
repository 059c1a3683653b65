using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;
using AltSeason.Scoring.Dashboard.Sources;
using static AltSeason.Scoring.Dashboard.Markets.MarketSignalNames;
using static AltSeason.Scoring.Dashboard.Markets.SignalLookup;

namespace AltSeason.Scoring.Dashboard.Markets;

/// <summary>
/// Reads the Equities and OnChain families' evaluations over a range and shapes them for the market charts.
/// The two families are read in parallel; one being down leaves its charts empty with a reason, not the page.
/// </summary>
internal sealed class MarketQueries(DashboardSources sources)
{
    public async Task<MarketSeries> GetAsync(DateRange range, CancellationToken ct)
    {
        var request = new ListSignalsRequest { From = range.From.ToMessage(), To = range.To.ToMessage() };
        var problems = new List<string>();
        var equitiesTask = ReadAsync("equities", sources.Equities, request, problems, ct);
        var onChainTask = ReadAsync("onchain", sources.OnChain, request, problems, ct);
        var equities = await equitiesTask;
        var onChain = await onChainTask;

        return new MarketSeries(
            [.. equities.Select(e => new RelativeStrengthPoint(Day(e), Number(e, RelativeStrength), Number(e, Streak), Text(e, StreakLongestSince)))],
            EquityCrypto(equities, onChain),
            [.. onChain.Select(o => new IndexPoint(Day(o), Number(o, AltSeasonIndex90)))],
            [.. onChain.Select(o => new DominancePoint(Day(o), Number(o, BtcDominance), Number(o, OthersToBtc)))],
            problems);
    }

    /// <summary>Equity dates drive this chart: the correlation is defined on trading days.</summary>
    private static List<EquityCryptoPoint> EquityCrypto(List<SignalsEvaluation> equities, List<SignalsEvaluation> onChain)
    {
        var cryptoCap = onChain.ToDictionary(Day, TotalMarketCap);
        return [.. equities.Select(e => new EquityCryptoPoint(
            Day(e), Number(e, RussellClose), cryptoCap.GetValueOrDefault(Day(e)), Number(e, CryptoCorrelation90)))];
    }

    /// <summary>OnChain publishes OTHERS in USD and its share of the total in percent, so total = OTHERS × 100 ÷ OTHERS.D.</summary>
    private static double? TotalMarketCap(SignalsEvaluation onChain) =>
        Number(onChain, Others) is { } others && Number(onChain, OthersDominance) is double share && share > 0 ? others * 100 / share : null;

    private static string Day(SignalsEvaluation e) => DashboardDates.Format(e.AsOf);

    private async Task<List<SignalsEvaluation>> ReadAsync(string service, Func<Grpc.Clients.SignalsClient> client,
        ListSignalsRequest request, List<string> problems, CancellationToken ct)
    {
        try
        {
            var signals = client();
            var list = await SourceCalls.CollectAsync(service, () => signals.ListSignalsAsync(request, sources.Call(ct)));
            return [.. list.OrderBy(e => Day(e), StringComparer.Ordinal)];
        }
        catch (SourceUnavailableException ex)
        {
            lock (problems)
            {
                problems.Add(ex.Message);
            }

            return [];
        }
    }
}
