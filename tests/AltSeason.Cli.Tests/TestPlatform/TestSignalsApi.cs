using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;

namespace AltSeason.TestPlatform;

/// <summary>A signal family's API over a fixed list of evaluations (bound to the family's own descriptor).</summary>
public abstract class TestSignalsApi(IReadOnlyList<SignalsEvaluation> evaluations)
{
    public Task<SignalsEvaluation> GetSignals(GetSignalsRequest request, CallContext context)
    {
        var date = request.AsOf.ToDateOnly("as_of");
        return Task.FromResult(evaluations.FirstOrDefault(e => e.AsOf.ToDateOnly("as_of") == date)
            ?? throw new RpcException(StatusCode.NotFound, $"No evaluation for {date:yyyy-MM-dd}."));
    }

    public async Task ListSignals(ListSignalsRequest request, IServerStreamWriter<SignalsEvaluation> writer, CallContext context)
    {
        var from = request.From.ToDateOnly("from");
        var to = request.To.ToDateOnly("to");
        foreach (var e in evaluations.Where(e => e.AsOf.ToDateOnly("as_of") >= from && e.AsOf.ToDateOnly("as_of") <= to))
        {
            await writer.WriteAsync(e, context.CancellationToken);
        }
    }
}

public sealed class TestEquitiesApi() : TestSignalsApi([.. TestData.ScoreDates.Select((_, i) => TestData.Equities(i))]);

public sealed class TestOnChainApi() : TestSignalsApi([.. TestData.OnChainDates.Select((_, i) => TestData.OnChain(i))]);
