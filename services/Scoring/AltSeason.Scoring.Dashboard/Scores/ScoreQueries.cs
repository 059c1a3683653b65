using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;
using AltSeason.Scoring.Dashboard.Sources;

namespace AltSeason.Scoring.Dashboard.Scores;

/// <summary>Reads scores from the Scoring service's gRPC API.</summary>
internal sealed class ScoreQueries(DashboardSources sources)
{
    public async Task<IReadOnlyList<ScorePoint>> ListAsync(DateRange range, CancellationToken ct)
    {
        var client = sources.Scoring();
        var request = new ListScoresRequest { From = range.From.ToMessage(), To = range.To.ToMessage() };
        var scores = await SourceCalls.CollectAsync("scoring", () => client.ListScoresAsync(request, sources.Call(ct)));
        return [.. scores.Select(ScorePoint.From)];
    }

    public async Task<ScoreDetail?> GetAsync(DateOnly date, CancellationToken ct)
    {
        var client = sources.Scoring();
        var found = await SourceCalls.FindAsync("scoring",
            () => client.GetScoreAsync(new GetScoreRequest { AsOf = date.ToMessage() }, sources.Call(ct)));
        return found is null ? null : ScoreDetail.From(found);
    }
}
