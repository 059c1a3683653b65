using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;

namespace AltSeason.EndToEnd.Tests.Support;

/// <summary>The served scores of a date range, by date: what a client sees, compared across runs.</summary>
public static class ScoreSnapshot
{
    public static async Task<SortedDictionary<string, (double Score, string Regime, string Missing)>> TakeAsync(
        ScoringClient scoring, string from, string to)
    {
        var scores = new SortedDictionary<string, (double, string, string)>(StringComparer.Ordinal);
        await foreach (var s in scoring.ListScoresAsync(new ListScoresRequest { From = Dates.Message(from), To = Dates.Message(to), ModelVersion = "v1" }))
            scores[Dates.Iso(s.AsOf)] = (s.ScorePoints, s.Regime, string.Join(",", s.MissingComponents.Order(StringComparer.Ordinal)));
        return scores;
    }
}
