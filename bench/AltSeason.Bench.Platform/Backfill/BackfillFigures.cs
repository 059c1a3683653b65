using AltSeason.Bench.Platform.Baselines;
using AltSeason.Bench.Platform.Platform;
using AltSeason.Bench.Reporting;

namespace AltSeason.Bench.Platform.Backfill;

/// <summary>
/// A backfill's figures next to the two raw baselines measured right after it on the same servers: RabbitMQ
/// publish-and-consume of as many messages as the platform relayed, and Npgsql COPY of as many rows as it ingested.
/// </summary>
static class BackfillFigures
{
    const int BaselineMessageBytes = 1024;

    public static async Task ReportAsync(BenchOutput output, RunningPlatform platform, BackfillResult r)
    {
        var messages = (int)Math.Max(1, r.Final.OutboxRows);
        var broker = platform.Servers.RabbitMqUri ?? throw new InvalidOperationException("The platform runs no RabbitMQ.");
        var rabbit = await RabbitMqBaseline.PublishAndConsumeAsync(broker, messages, BaselineMessageBytes);
        var copy = await CopyBaseline.CopyRowsAsync(platform.ConnectionString, Math.Max(1, r.Observations));
        var state = r.Completed ? "" : $"; DID NOT FINISH within its {r.WallTime.TotalSeconds:0} s budget, rates are what it reached";
        var events = string.Join(", ", r.Final.Events.Select(e => $"{e.Key} {e.Value:N0}"));
        output.Note($"backfill {r.Label}: {r.Files} files, {r.Bytes / 1024.0 / 1024.0:0.0} MiB, {r.Observations:N0} rows imported in {r.ImportTime.TotalSeconds:0.0} s; events: {events}; {r.Final.OutboxRows:N0} messages relayed{state}");

        output.Add(new Figure($"backfill {r.Label}: wall time, first ingest call → last score", r.WallTime.TotalSeconds, "s")
            { Note = r.Completed ? null : "did not finish" }
            .Against($"raw RabbitMQ publish+consume of {messages:N0} × {BaselineMessageBytes} B messages", rabbit.TotalSeconds));
        output.Add(new Figure($"backfill {r.Label}: observations/s ({r.Observations:N0} rows)", r.ObservationsPerSecond, "rows/s")
            .Against("raw Npgsql binary COPY of the same number of rows", r.Observations / copy.TotalSeconds));
        output.Add(new Figure($"backfill {r.Label}: evaluations/s ({r.Final.Evaluations:N0} signal and score events)", r.EvaluationsPerSecond, "events/s")
            .Against("raw RabbitMQ messages/s", messages / rabbit.TotalSeconds));
        output.Add(new Figure($"backfill {r.Label}: cost per observation", r.MicrosecondsPerObservation, "µs/row")
            .Against("raw COPY cost per row", copy.TotalMilliseconds * 1000 / Math.Max(1, r.Observations)));
    }

    public static void ReportGrowth(BenchOutput output, BackfillResult small, BackfillResult large)
    {
        var growth = large.MicrosecondsPerObservation / small.MicrosecondsPerObservation - 1;
        // An unfinished run's cost is its budget over the rows imported by then: only a lower bound, so is the growth.
        var complete = small.Completed && large.Completed ? "" : " (a run did not finish: only a lower bound, from the cut-off)";
        output.Add(new Figure($"backfill cost per observation growth {small.Label} → {large.Label}{complete}", growth * 100, "%")
            .WithGoal("< 20% growth", growth < 0.20 && small.Completed && large.Completed));
    }
}
