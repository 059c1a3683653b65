using System.Globalization;
using AltSeason.Bench.Backfill;

// The whole platform backfilling generated sample data, per size: wall time, throughput, events and peak memory
// per service. The smallest size is the baseline: each row prints its cost per observation relative to it.
// Usage: dotnet run -c Release --project bench/AltSeason.Bench.Backfill [-- <multiplier>... [--days N]]
var days = 400;
var multipliers = new List<int>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--days" && i + 1 < args.Length) days = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else multipliers.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
}
if (multipliers.Count == 0) multipliers.AddRange([1, 10]);

var results = new List<BackfillResult>();
foreach (var multiplier in multipliers)
{
    var result = await BackfillRun.RunAsync(multiplier, days);
    results.Add(result);
    result.Print(results[0]);
}
Console.WriteLine();
Console.WriteLine($"{"size",6} {"files",6} {"observations",13} {"wall s",8} {"obs/s",9} {"µs/obs",8} {"vs x" + results[0].Multiplier,7}");
foreach (var r in results)
    Console.WriteLine($"{"x" + r.Multiplier,6} {r.Files,6} {r.Observations,13:N0} {r.WallTime.TotalSeconds,8:F1} {r.ObservationsPerSecond,9:N0} {r.MicrosecondsPerObservation,8:F1} {r.MicrosecondsPerObservation / results[0].MicrosecondsPerObservation,6:F2}x");
