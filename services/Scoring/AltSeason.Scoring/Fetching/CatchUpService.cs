using AltSeason.EventStore;
using AltSeason.Scoring.Evaluation;
using Microsoft.Extensions.Options;

namespace AltSeason.Scoring.Fetching;

/// <summary>
/// Every <see cref="ScoringOptions.CatchUpInterval"/>, asks the signal services that were down for the ranges
/// Scoring had to score without them, and re-scores whatever their answers change (in its own transaction; a
/// conflict with a message being handled just puts the range back for the next round).
/// </summary>
internal sealed class CatchUpService(
    PostgresEventStore store,
    ScoringBatch batch,
    ISignalSource signals,
    UnansweredRequests unanswered,
    IOptions<ScoringOptions> options,
    TimeProvider clock,
    ILogger<CatchUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.CatchUpInterval, clock, stoppingToken);
            foreach (var (family, first, last) in unanswered.TakeAll())
            {
                try
                {
                    // A failed ask records the range again by itself.
                    if (await signals.ListAsync(family, first, last, stoppingToken) is not { Count: > 0 } evaluations) continue;
                    var session = store.OpenSession();
                    var outcome = await batch.RecordAsync(session, evaluations, stoppingToken);
                    await session.SaveChangesAsync(stoppingToken);
                    logger.LogInformation("Caught up with {Family} {First}..{Last}: {Outcome}", family, first, last, outcome);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Catching up with {Family} {First}..{Last} failed; trying again next round.", family, first, last);
                    unanswered.Add(family, first, last);
                }
            }
        }
    }
}
