using System.Diagnostics;
using AltSeason.Bench.Platform.Platform;
using AltSeason.Bench.Reporting;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;

namespace AltSeason.Bench.Platform.Latency;

/// <summary>
/// Time from an ingest call to the revised score being served: upload a one-row revision of the last session, then
/// ask Scoring for that day's score every few milliseconds until it is a new evaluation. Repeated, p50 and p99.
/// The baseline is the ingest call alone (the synchronous part every update pays before anything is asynchronous).
/// </summary>
static class IngestToScoreLatency
{
    static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(5);

    public static async Task MeasureAsync(BenchOutput output, RunningPlatform platform, SingleDayRevision revision, int updates, TimeSpan budget)
    {
        var ingestion = new IngestionClient(platform.Channel("ingestion"));
        var scoring = new ScoringClient(platform.Channel("scoring"));
        var request = new GetScoreRequest { AsOf = revision.Day.ToMessage(), ModelVersion = "v1" };
        var endToEnd = new List<double>();
        var ingestOnly = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i <= updates && clock.Elapsed < budget; i++)
        {
            var before = (await scoring.GetScoreAsync(request)).Event;
            var content = revision.Content(0.001 * (i + 1) * (i % 2 == 0 ? 1 : -1)); // every update a new value
            var start = Stopwatch.GetTimestamp();
            await using (var stream = new MemoryStream(content))
            {
                var report = await ingestion.UploadAsync(new ImportHeader { FileName = revision.FileName, Format = revision.Format }, stream);
                if (!report.Accepted || report.Duplicate)
                    throw new InvalidOperationException($"The revision of {revision.FileName} was {(report.Accepted ? "a duplicate" : "rejected: " + string.Join("; ", report.Errors.Select(e => e.Reason)))}.");
            }
            var ingested = Stopwatch.GetElapsedTime(start);
            while (true)
            {
                if (Stopwatch.GetElapsedTime(start) > TimeSpan.FromSeconds(60))
                    throw new TimeoutException($"The score of {revision.Day:yyyy-MM-dd} did not change within 60 s of a revision.");
                var current = await scoring.GetScoreAsync(request);
                if (!current.Event.Equals(before)) break;
                await Task.Delay(PollEvery);
            }
            if (i == 0) continue; // the first update warms up every hop; not counted
            endToEnd.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            ingestOnly.Add(ingested.TotalMilliseconds);
        }
        if (endToEnd.Count == 0)
        {
            output.Note("ingest-to-score latency: no update completed within the budget");
            return;
        }
        output.Add(new Figure($"ingest → new score served, p50 over {endToEnd.Count} single-day updates", Percentile(endToEnd, 0.5), "ms")
            .Against("the ingest call alone, p50", Percentile(ingestOnly, 0.5)));
        output.Add(new Figure($"ingest → new score served, p99 over {endToEnd.Count} single-day updates", Percentile(endToEnd, 0.99), "ms")
            .Against("the ingest call alone, p99", Percentile(ingestOnly, 0.99)));
    }

    static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }
}
