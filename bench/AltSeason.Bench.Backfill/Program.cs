using System.Globalization;
using AltSeason.Bench.Backfill;

// The whole platform backfilling generated sample data, per size: wall time, throughput, events and peak memory
// per service. The first size is the baseline: each row prints its cost per observation relative to it.
// Usage: dotnet run -c Release --project bench/AltSeason.Bench.Backfill [-- <size>... [--days N]]
//   size: a multiplier of the default sample (1, 10, ...) or p10/p100, the platform bench's 10x/100x data sets.
var days = 400;
var sizeArguments = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--days" && i + 1 < args.Length) days = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else sizeArguments.Add(args[i]);
}
if (sizeArguments.Count == 0) sizeArguments.AddRange(["1", "10"]);
var sizes = sizeArguments.Select(s => BackfillSize.Parse(s, days)).ToList();

var results = new List<BackfillResult>();
foreach (var size in sizes)
{
    var result = await BackfillRun.RunAsync(size);
    results.Add(result);
    result.Print(results[0]);
}
Console.WriteLine();
Console.WriteLine($"{"size",6} {"files",6} {"observations",13} {"wall s",8} {"obs/s",9} {"µs/obs",8} {"vs " + results[0].Size,9}");
foreach (var r in results)
    Console.WriteLine($"{r.Size,6} {r.Files,6} {r.Observations,13:N0} {r.WallTime.TotalSeconds,8:F1} {r.ObservationsPerSecond,9:N0} {r.MicrosecondsPerObservation,8:F1} {r.MicrosecondsPerObservation / results[0].MicrosecondsPerObservation,8:F2}x");
