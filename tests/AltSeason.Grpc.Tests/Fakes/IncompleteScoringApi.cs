using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Tests.Fakes;

/// <summary>Implements GetScore, gets ListScores' shape wrong and leaves out WatchScores and ExplainScore.</summary>
public sealed class IncompleteScoringApi
{
    public static Task<ScoreEvaluation> GetScore(GetScoreRequest request, CallContext context) => Task.FromResult(new ScoreEvaluation());

    public static Task<ScoreEvaluation> ListScores(ListScoresRequest request, CallContext context) => Task.FromResult(new ScoreEvaluation());
}
