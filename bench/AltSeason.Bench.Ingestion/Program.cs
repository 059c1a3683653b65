using AltSeason.Bench.Ingestion;
using AltSeason.Bench.Reporting;
using AltSeason.SampleData;

// Parse throughput per format against a naive baseline over the same bytes, in the same run.
// Usage: dotnet run -c Release [-- <size multiplier> <days>] [--quick] [--json <file>]
var output = BenchOutput.FromArgs("ingestion-formats", "Validating parser per vendor format vs a naive split-and-parse of the same bytes", args);
var positional = BenchOutput.PositionalArgs(args);
var multiplier = positional.Length > 0 ? int.Parse(positional[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
var days = positional.Length > 1 ? int.Parse(positional[1], System.Globalization.CultureInfo.InvariantCulture) : output.Quick ? 400 : 2000;
var files = SampleDataGenerator.Generate(SampleDataOptions.Scaled(multiplier, days: days));
output.Note($"sample data: {files.Count} files, {files.Sum(f => f.Content.Length) / 1024.0 / 1024.0:F1} MiB, {days} days, size x{multiplier}");
foreach (var group in files.GroupBy(f => f.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var m = await FormatMeasurement.RunAsync(group.ToArray());
    output.Add(new Figure($"parse {group.Key} ({m.Rows:N0} rows, {m.Bytes / 1024.0 / 1024.0:F2} MiB)", m.ParserRowsPerSecond, "rows/s")
        .Against("naive split-and-parse", m.BaselineRowsPerSecond));
}
await output.WriteAsync();
