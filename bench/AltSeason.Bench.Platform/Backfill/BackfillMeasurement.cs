using System.Diagnostics;
using AltSeason.Bench.Platform.Platform;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;

namespace AltSeason.Bench.Platform.Backfill;

/// <summary>
/// Imports every file through the Ingestion gRPC API (a few uploads at a time) and waits until the pipeline has
/// settled: every signal service has consumed every ingestion message, Scoring has claimed every family evaluation,
/// nothing is left in any outbox, and no service's events or inbox moved for a few seconds (or for a minute, should the
/// inbox counts never add up). The wall time ends at the last score recorded, so the quiet period is not counted.
/// Gives up at <c>budget</c> and says so.
/// </summary>
static class BackfillMeasurement
{
    const int ConcurrentUploads = 4;
    static readonly TimeSpan Quiet = TimeSpan.FromSeconds(4);
    static readonly TimeSpan LongQuiet = TimeSpan.FromSeconds(60);

    public static async Task<BackfillResult> RunAsync(RunningPlatform platform, string label, IReadOnlyList<BackfillFile> files, TimeSpan budget)
    {
        var progress = new PipelineProgress(platform.ConnectionString);
        using var deadline = new CancellationTokenSource(budget);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var imported = new long[1];
        try
        {
            await ImportAsync(platform, files, imported, deadline.Token);
        }
#pragma warning disable CA1031 // past the budget any failure of the cancelled uploads means "did not finish"
        catch (Exception) when (deadline.IsCancellationRequested)
#pragma warning restore CA1031
        {
            var partial = await progress.ReadAsync();
            return new BackfillResult(label, files.Count, files.Sum(f => (long)f.Content.Length), imported[0], clock.Elapsed, clock.Elapsed, false, partial);
        }
        var observations = imported[0];
        var importTime = clock.Elapsed;
        Console.WriteLine($"  {label}: {observations:N0} rows imported in {importTime.TotalSeconds:F1} s; waiting for the pipeline to settle ...");

        string? last = null;
        var quietSince = clock.Elapsed;
        while (true)
        {
            var snapshot = await progress.ReadAsync();
            if (snapshot.PendingOutbox > 0 || snapshot.Fingerprint != last)
            {
                last = snapshot.Fingerprint;
                quietSince = clock.Elapsed;
            }
            else if (clock.Elapsed - quietSince >= (snapshot.CaughtUp ? Quiet : LongQuiet) && snapshot.LastScoreRecordedAt is { } lastScore)
            {
                var wall = lastScore - started;
                return new BackfillResult(label, files.Count, files.Sum(f => (long)f.Content.Length), observations, importTime,
                    wall > importTime ? wall : importTime, true, snapshot);
            }
            if (clock.Elapsed >= budget)
                return new BackfillResult(label, files.Count, files.Sum(f => (long)f.Content.Length), observations, importTime, clock.Elapsed, false, snapshot);
            await Task.Delay(500);
        }
    }

    /// <summary>Adds each accepted file's rows to <paramref name="imported"/>[0] as it completes, so a cut-off run still counts.</summary>
    static async Task ImportAsync(RunningPlatform platform, IReadOnlyList<BackfillFile> files, long[] imported, CancellationToken ct)
    {
        var client = new IngestionClient(platform.Channel("ingestion"));
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentUploads, CancellationToken = ct }, async (file, token) =>
        {
            await using var content = new MemoryStream(file.Content, writable: false);
            var report = await client.UploadAsync(new ImportHeader { FileName = file.FileName, Format = file.Format }, content,
                options: new CallOptions { CancellationToken = token, Deadline = DateTime.UtcNow.AddMinutes(10) });
            if (!report.Accepted)
                throw new InvalidOperationException($"{file.FileName} was rejected: {string.Join("; ", report.Errors.Take(3).Select(e => $"{e.File}:{e.Line}: {e.Reason}"))}");
            Interlocked.Add(ref imported[0], report.AcceptedRows);
        });
    }
}
