using AltSeason.Bench.Ingestion;
using AltSeason.SampleData;

// Parse throughput per format against a naive baseline over the same bytes, in the same run.
// Usage: dotnet run -c Release [-- <size multiplier> <days>]
var multiplier = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
var days = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var files = SampleDataGenerator.Generate(SampleDataOptions.Scaled(multiplier, days: days));
Console.WriteLine($"Sample data: {files.Count} files, {files.Sum(f => f.Content.Length) / 1024.0 / 1024.0:F1} MiB, {days} days, size x{multiplier}");
Console.WriteLine();
Console.WriteLine($"{"format",-38} {"MiB",7} {"rows",9} {"parser rows/s",14} {"baseline rows/s",16} {"parser/baseline time",21}");
foreach (var group in files.GroupBy(f => f.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var m = await FormatMeasurement.RunAsync(group.ToArray());
    Console.WriteLine($"{group.Key,-38} {m.Bytes / 1024.0 / 1024.0,7:F2} {m.Rows,9} {m.ParserRowsPerSecond,14:N0} {m.BaselineRowsPerSecond,16:N0} {m.Ratio,20:F2}x");
}
