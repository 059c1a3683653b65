using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Clients;

/// <summary>Typed client of <c>altseason.v1.Scoring</c>. Reads are idempotent, so they retry on UNAVAILABLE.</summary>
public sealed class ScoringClient(GrpcClient client)
{
    public const string Service = "altseason.v1.Scoring";

    public Task<ScoreEvaluation> GetScoreAsync(GetScoreRequest request, CallOptions? options = null) =>
        client.UnaryAsync<GetScoreRequest, ScoreEvaluation>($"{Service}/GetScore", request, Idempotent(options));

    public IAsyncEnumerable<ScoreEvaluation> ListScoresAsync(ListScoresRequest request, CallOptions? options = null) =>
        client.ServerStreamingAsync<ListScoresRequest, ScoreEvaluation>($"{Service}/ListScores", request, options);

    public IAsyncEnumerable<ScoreEvaluation> WatchScoresAsync(WatchScoresRequest request, CallOptions? options = null) =>
        client.ServerStreamingAsync<WatchScoresRequest, ScoreEvaluation>($"{Service}/WatchScores", request, options);

    public Task<ScoreExplanation> ExplainScoreAsync(ExplainScoreRequest request, CallOptions? options = null) =>
        client.UnaryAsync<ExplainScoreRequest, ScoreExplanation>($"{Service}/ExplainScore", request, Idempotent(options));

    internal static CallOptions Idempotent(CallOptions? options) => (options ?? CallOptions.Default) with { Idempotent = true };
}
