using AltSeason.Bench.Platform;
using AltSeason.Bench.Reporting;

// The platform end to end, as the AppHost runs it (five service processes, PostgreSQL, RabbitMQ), each figure next
// to a raw baseline measured in the same run:
//   backfill of the reference data, then of generated data at 10x and 100x its size (wall time, observations/s,
//   evaluations/s, cost per observation and its growth) vs raw RabbitMQ publish+consume and raw Npgsql COPY;
//   ingest-to-score latency over repeated single-day updates; GetScore under load vs bare Kestrel;
//   Audit replay and verify over all evaluation history; peak memory of every process during the largest backfill.
// Each backfill has a time budget and is reported as unfinished when it runs out, so a slow platform still gives a
// report within the suite's time. --quick: two small generated data sets and shorter runs (a smoke test).
//   dotnet run -c Release --project bench/AltSeason.Bench.Platform [-- --quick] [--json <file>]
// Needs the services built in the same configuration (bench/run.sh does it).
var output = BenchOutput.FromArgs("platform", "The whole platform: backfill at three sizes, ingest-to-score latency, GetScore under load, audit replay, memory", args);
await PlatformBench.RunAsync(output);
await output.WriteAsync();
