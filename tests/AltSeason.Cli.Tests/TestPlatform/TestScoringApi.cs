using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;

namespace AltSeason.TestPlatform;

/// <summary><c>altseason.v1.Scoring</c> over the <see cref="ScoreBook"/>. Only model "v1" exists.</summary>
public sealed class TestScoringApi(ScoreBook book)
{
    public Task<ScoreEvaluation> GetScore(GetScoreRequest request, CallContext context)
    {
        CheckModel(request.ModelVersion);
        var date = request.AsOf.ToDateOnly("as_of");
        return Task.FromResult(book.Find(date) ?? throw new RpcException(StatusCode.NotFound, $"No score for {date:yyyy-MM-dd} under model v1."));
    }

    public async Task ListScores(ListScoresRequest request, IServerStreamWriter<ScoreEvaluation> writer, CallContext context)
    {
        CheckModel(request.ModelVersion);
        foreach (var score in book.Between(request.From.ToDateOnly("from"), request.To.ToDateOnly("to")))
        {
            await writer.WriteAsync(score, context.CancellationToken);
        }
    }

    public async Task WatchScores(WatchScoresRequest request, IServerStreamWriter<ScoreEvaluation> writer, CallContext context)
    {
        var reader = book.Watch(context.CancellationToken);
        await context.WriteResponseHeadersAsync();
        try
        {
            await foreach (var score in reader.ReadAllAsync(context.CancellationToken))
            {
                await writer.WriteAsync(score, context.CancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The watcher went away: the normal end of this call.
        }
    }

    public async Task<ScoreExplanation> ExplainScore(ExplainScoreRequest request, CallContext context)
    {
        var evaluation = await GetScore(new GetScoreRequest { AsOf = request.AsOf, ModelVersion = request.ModelVersion }, context);
        var explanation = new ScoreExplanation { Evaluation = evaluation };
        explanation.Contributions.AddRange(evaluation.Components
            .Select(c => new ComponentContribution
            {
                Name = c.Name,
                ContributionPoints = c.SubScorePoints * c.EffectiveWeightPercent / 100,
                Family = TestData.Components.First(t => t.Name == c.Name).Family,
                Reason = c.Present ? $"{c.Name} scored {c.SubScorePoints:0}" : $"{c.Name} had no data",
            })
            .OrderByDescending(c => c.ContributionPoints));
        return explanation;
    }

    private static void CheckModel(string model)
    {
        if (model is not ("" or "v1"))
        {
            throw new RpcException(StatusCode.NotFound, $"Unknown model version '{model}'; known: v1.");
        }
    }
}
