using AltSeason.Contracts.V1;

namespace AltSeason.Grpc.Tests.Fakes;

/// <summary>
/// A Scoring implementation whose behaviour is picked by the request's model_version, so one server
/// can play every scenario: "slow" waits for cancellation, "boom" throws, "missing" fails with NOT_FOUND, ...
/// </summary>
public sealed class FakeScoringApi(Probe probe)
{
    public const string SecretInException = "Host=db.internal;Password=hunter2";
    public const string NotFoundMessage = "Aucune évaluation: 100% des dates manquent ✓";

    public async Task<ScoreEvaluation> GetScore(GetScoreRequest request, CallContext context)
    {
        var attempt = probe.CountCall();
        probe.LastHeaders = context.RequestHeaders;
        switch (request.ModelVersion)
        {
            case "slow":
                probe.HandlerStarted.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.HandlerCancelled.TrySetResult();
                    throw;
                }

                break;
            case "boom":
                throw new InvalidOperationException("Could not connect: " + SecretInException);
            case "missing":
                throw new RpcException(new Status(StatusCode.NotFound, NotFoundMessage), new Metadata { { "x-missing-date", "2024-03-15" } });
            case "unavailable-twice" when attempt <= 2:
                throw new RpcException(StatusCode.Unavailable, "warming up");
            case "prepared":
                return Prepared;
            case "echo-metadata":
                context.ResponseHeaders.Add("x-echo-user", context.RequestHeaders.GetValue("x-user") ?? "");
                context.ResponseTrailers.Add("x-echo-token-bin", context.RequestHeaders.GetBytes("x-token-bin") ?? []);
                break;
        }

        return Evaluate(request.AsOf, request.ModelVersion);
    }

    /// <summary>Sent from its prepared frame (model "prepared"); a test changes it afterwards to tell the two apart.</summary>
    public static readonly ScoreEvaluation Prepared = PreparedMessages.Prepare(Evaluate(new Date { Year = 2024, Month = 3, Day = 15 }, "prepared"));

    public static async Task ListScores(ListScoresRequest request, IServerStreamWriter<ScoreEvaluation> writer, CallContext context)
    {
        var from = new DateOnly(request.From.Year, request.From.Month, request.From.Day);
        var to = new DateOnly(request.To.Year, request.To.Month, request.To.Day);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            await writer.WriteAsync(Evaluate(new Date { Year = day.Year, Month = day.Month, Day = day.Day }, request.ModelVersion));
        }

        if (request.ModelVersion == "fail-after-stream")
        {
            throw new RpcException(StatusCode.DataLoss, "stream broke off");
        }
    }

    public async Task WatchScores(WatchScoresRequest request, IServerStreamWriter<ScoreEvaluation> writer, CallContext context)
    {
        await writer.WriteAsync(Evaluate(new Date { Year = 2024, Month = 1, Day = 1 }, request.ModelVersion));
        probe.HandlerStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            probe.HandlerCancelled.TrySetResult();
            throw;
        }
    }

    public static Task<ScoreExplanation> ExplainScore(ExplainScoreRequest request, CallContext context) =>
        Task.FromResult(new ScoreExplanation { Evaluation = Evaluate(request.AsOf, request.ModelVersion) });

    /// <summary>The score is the day of the month times ten, so tests can predict it from the request alone.</summary>
    public static ScoreEvaluation Evaluate(Date asOf, string modelVersion) => new()
    {
        AsOf = asOf,
        ScorePoints = asOf.Day * 10,
        ModelVersion = modelVersion,
        Regime = asOf.Day * 10 >= 75 ? "altcoin_season" : "building",
    };
}
