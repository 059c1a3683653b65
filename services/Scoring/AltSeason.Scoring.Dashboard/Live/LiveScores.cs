using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Scoring.Dashboard.Scores;
using AltSeason.Scoring.Dashboard.Sources;
using Microsoft.Extensions.Logging;

namespace AltSeason.Scoring.Dashboard.Live;

/// <summary>
/// The page's live feed: Scoring's <c>WatchScores</c> stream relayed as Server-Sent Events. A <c>ready</c> event
/// goes first so the page knows it is connected; each new evaluation is a <c>score</c> event with a
/// <see cref="ScorePoint"/>. When Scoring's stream drops, it re-subscribes until the page goes away.
/// </summary>
internal sealed class LiveScores(DashboardSources sources, ILogger<LiveScores> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async IAsyncEnumerable<SseItem<string>> StreamAsync([EnumeratorCancellation] CancellationToken ct)
    {
        yield return new SseItem<string>("{}", "ready");
        while (!ct.IsCancellationRequested)
        {
            var stream = Watch(ct).GetAsyncEnumerator(ct);
            try
            {
                while (await NextAsync(stream) is { } evaluation)
                {
                    yield return new SseItem<string>(JsonSerializer.Serialize(ScorePoint.From(evaluation), Json), "score");
                }
            }
            finally
            {
                await stream.DisposeAsync();
            }

            await DelayAsync(sources.Options.LiveRetryDelay, ct);
        }
    }

    private IAsyncEnumerable<ScoreEvaluation> Watch(CancellationToken ct) =>
        sources.Scoring().WatchScoresAsync(new WatchScoresRequest(), CallOptions.Default with { CancellationToken = ct });

    /// <summary>The next evaluation, or null when the stream ended or failed (logged; the caller re-subscribes).</summary>
    private async Task<ScoreEvaluation?> NextAsync(IAsyncEnumerator<ScoreEvaluation> stream)
    {
        try
        {
            return await stream.MoveNextAsync() ? stream.Current : null;
        }
        catch (Exception ex) when (ex is RpcException or SourceUnavailableException)
        {
            logger.LogWarning("Live scores: Scoring's watch stream failed ({Reason}); re-subscribing.", ex.Message);
            return null;
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
        }
        catch (OperationCanceledException)
        {
            // The page went away; the loop ends.
        }
    }
}
