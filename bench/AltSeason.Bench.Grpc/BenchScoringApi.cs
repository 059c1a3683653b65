using AltSeason.Contracts.V1;
using AltSeason.Grpc;

namespace AltSeason.Bench.Grpc;

/// <summary>Does no work besides the protocol: every difference to the bare endpoint is framework overhead.</summary>
internal sealed class BenchScoringApi
{
    public static Task<ScoreEvaluation> GetScore(GetScoreRequest request, CallContext context) => Task.FromResult(Payloads.Score);

    public static async Task ListScores(ListScoresRequest request, IServerStreamWriter<ScoreEvaluation> writer, CallContext context)
    {
        for (var i = 0; i < Payloads.StreamLength; i++)
        {
            await writer.WriteAsync(Payloads.Score);
        }
    }

    public static Task WatchScores(WatchScoresRequest request, IServerStreamWriter<ScoreEvaluation> writer, CallContext context) =>
        Task.CompletedTask;

    public static Task<ScoreExplanation> ExplainScore(ExplainScoreRequest request, CallContext context) =>
        Task.FromResult(new ScoreExplanation { Evaluation = Payloads.Score });
}
