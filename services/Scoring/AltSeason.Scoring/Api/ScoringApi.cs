using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using AltSeason.Scoring.Model;
using AltSeason.Scoring.Queries;
using AltSeason.Scoring.Serving;

namespace AltSeason.Scoring.Api;

/// <summary><c>altseason.v1.Scoring</c>: recorded scores, their history at an instant, a live feed, and explanations.</summary>
internal sealed class ScoringApi(ScoreQueries queries, ScoreFeed feed, LatestScores latest)
{
    /// <summary>The latest score comes from memory when the cache is in sync; "what was known at" reads the stream.</summary>
    public Task<ScoreEvaluation> GetScore(GetScoreRequest request, CallContext context)
    {
        var model = Model(request.ModelVersion);
        var asOf = request.AsOf.ToDateOnly("as_of");
        if (request.KnownAt is null && latest.TryGet(model, asOf, out var cached))
            return cached is not null ? Task.FromResult(cached) : throw NotFound(model, asOf, null);
        return ReadAsync(model, asOf, request.KnownAt?.ToDateTimeOffset(), context.CancellationToken);
    }

    async Task<ScoreEvaluation> ReadAsync(string model, DateOnly asOf, DateTimeOffset? knownAt, CancellationToken cancellationToken)
    {
        var stored = await queries.GetAsync(model, asOf, knownAt, cancellationToken) ?? throw NotFound(model, asOf, knownAt);
        return stored.ToMessage();
    }

    public async Task ListScores(ListScoresRequest request, IServerStreamWriter<ScoreEvaluation> responses, CallContext context)
    {
        var model = Model(request.ModelVersion);
        var from = request.From.ToDateOnly("from");
        var to = request.To.ToDateOnly("to");
        if (from > to) throw new RpcException(StatusCode.InvalidArgument, $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.");
        var ct = context.CancellationToken;
        foreach (var score in await queries.ListAsync(model, from, to, request.KnownAt?.ToDateTimeOffset(), ct))
            await responses.WriteAsync(score.ToMessage(), ct);
    }

    /// <summary>Sends the latest score (if any) so the caller knows the watch is live, then each new evaluation as it commits.</summary>
    public async Task WatchScores(WatchScoresRequest request, IServerStreamWriter<ScoreEvaluation> responses, CallContext context)
    {
        string? model = request.ModelVersion.Length == 0 ? null : Model(request.ModelVersion);
        var ct = context.CancellationToken;
        var start = await feed.NowAsync(ct);
        await context.WriteResponseHeadersAsync();
        if (await queries.LatestAsync(model ?? ScoreModels.Latest.Version, ct) is { } latest)
            await responses.WriteAsync(latest.ToMessage(), ct);
        try
        {
            await foreach (var score in feed.FollowAsync(start, model, ct))
                await responses.WriteAsync(score.ToMessage(), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller hung up: a watch ends only this way.
        }
    }

    public async Task<Contracts.V1.ScoreExplanation> ExplainScore(ExplainScoreRequest request, CallContext context)
    {
        var model = Model(request.ModelVersion);
        var asOf = request.AsOf.ToDateOnly("as_of");
        var knownAt = request.KnownAt?.ToDateTimeOffset();
        var stored = await queries.GetAsync(model, asOf, knownAt, context.CancellationToken)
            ?? throw NotFound(model, asOf, knownAt);
        return stored.ToExplanation();
    }

    static string Model(string requested)
    {
        try
        {
            return ScoreQueries.ResolveModel(requested);
        }
        catch (UnknownScoreModelException e)
        {
            throw new RpcException(StatusCode.InvalidArgument, $"model_version: {e.Message}");
        }
    }

    static RpcException NotFound(string model, DateOnly asOf, DateTimeOffset? knownAt) => new(StatusCode.NotFound, knownAt is null
        ? $"No score for {asOf:yyyy-MM-dd} under model {model}."
        : $"No score for {asOf:yyyy-MM-dd} under model {model} was known at {knownAt:O}.");
}
