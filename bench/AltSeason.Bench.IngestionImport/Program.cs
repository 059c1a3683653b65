using System.Diagnostics;
using System.Globalization;
using AltSeason.Bench.IngestionImport;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.LocalInfrastructure;
using AltSeason.SampleData;

// The Ingestion service's import path alone, in process (the real DI wiring, PostgreSQL and RabbitMQ, no gRPC), on
// generated data of the platform bench's 100x size, next to raw binary COPY of as many rows on the same server.
// Prints rows/s, bytes allocated per row and the process's peak RSS above what the generated files already hold.
//   dotnet run -c Release --project bench/AltSeason.Bench.IngestionImport [-- --days 4000 --coins 80 --symbols 20 --tokens 10 --parallel 4]
var settings = args.Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => int.Parse(p[1], CultureInfo.InvariantCulture));
int Setting(string name, int fallback) => settings.GetValueOrDefault(name, fallback);
var options = new SampleDataOptions(Seed: 100, Days: Setting("days", 4000), Coins: Setting("coins", 80),
    Symbols: Setting("symbols", 20), Tokens: Setting("tokens", 10));
var parallel = Setting("parallel", 4);

var files = SampleDataGenerator.Generate(options);
Console.WriteLine($"{files.Count} files, {files.Sum(f => (long)f.Content.Length) / 1048576.0:F1} MiB");

// The parser alone, one file after another: what the import costs before anything is stored.
var parseAllocated = GC.GetTotalAllocatedBytes(precise: true);
var parseClock = Stopwatch.StartNew();
long parsedRows = 0;
foreach (var file in files)
{
    using var stream = new MemoryStream(file.Content, writable: false);
    parsedRows += (await Parsers.ParseAsync(stream, new ParseRequest { FileName = file.FileName, Format = file.Format })).RowCount;
}
Console.WriteLine($"parse only: {parsedRows:N0} rows in {parseClock.Elapsed.TotalSeconds:F1} s = {parsedRows / parseClock.Elapsed.TotalSeconds:N0} rows/s; " +
                  $"{(GC.GetTotalAllocatedBytes(precise: true) - parseAllocated) / (double)parsedRows:N0} B allocated/row");

var dataDirectory = Path.Combine(Path.GetTempPath(), $"altseason-bench-import-{Environment.ProcessId}");
await using var servers = await LocalServers.StartAsync(new LocalServersOptions
{
    DataDirectory = dataDirectory, RabbitMq = true, UseConfiguredServers = false, Durable = false,
});
await using var host = await ImportHost.StartAsync(servers.PostgresConnectionString, servers.RabbitMq!.Uri);

var postmaster = ServerCpu.FindPostmaster(Path.Combine(dataDirectory, "postgres"));
double PostgresCpu() => postmaster is { } pid ? ServerCpu.Seconds(pid) : double.NaN;
GC.Collect();
var postgresCpuBefore = PostgresCpu();
var ownCpuBefore = Environment.CpuUsage.TotalTime;
var memory = PeakMemory.Start();
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
var rows = await host.ImportAllAsync(files, parallel);
var importSeconds = clock.Elapsed.TotalSeconds;
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
var ownCpu = (Environment.CpuUsage.TotalTime - ownCpuBefore).TotalSeconds;
var postgresCpu = PostgresCpu() - postgresCpuBefore;
var peak = await memory.StopAsync();

var copyCpuBefore = PostgresCpu();
var copySeconds = await RawCopy.MeasureAsync(servers.PostgresConnectionString, rows);
var copyCpu = PostgresCpu() - copyCpuBefore;
Console.WriteLine($"import: {rows:N0} rows in {importSeconds:F1} s = {rows / importSeconds:N0} rows/s; " +
                  $"{allocated / (double)rows:N0} B allocated/row; peak RSS {peak.PeakMiB:F0} MiB ({peak.StartMiB:F0} MiB before import)");
Console.WriteLine($"CPU: service {ownCpu:F1} s ({ownCpu * 1e6 / rows:F1} µs/row), PostgreSQL {postgresCpu:F1} s ({postgresCpu * 1e6 / rows:F1} µs/row)");
Console.WriteLine($"raw COPY of as many rows: {copySeconds:F1} s = {rows / copySeconds:N0} rows/s; import/COPY = {copySeconds / importSeconds:F3}x; COPY PostgreSQL CPU {copyCpu:F1} s ({copyCpu * 1e6 / rows:F2} µs/row)");
try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
