using AltSeason.Bench.Platform;
using AltSeason.Bench.Platform.Load;
using AltSeason.Bench.Reporting;

// The platform end to end, as the AppHost runs it (five service processes, PostgreSQL, RabbitMQ), each figure next
// to a raw baseline measured in the same run:
//   backfill of the reference data, then of generated data at 10x and 100x its size (wall time, observations/s,
//   evaluations/s, cost per observation and its growth) vs raw RabbitMQ publish+consume and raw Npgsql COPY;
//   ingest-to-score latency over repeated single-day updates; GetScore under load vs bare Kestrel;
//   Audit replay and verify over all evaluation history; peak memory of every process during the largest backfill.
// Each backfill has a time budget and is reported as unfinished when it runs out, so a slow platform still gives a
// report within the suite's time. --quick: two small generated data sets and shorter runs (a smoke test).
// --audit-only: the reference backfill, then only the audit replay/verify, three rounds (for work on replay).
//   dotnet run -c Release --project bench/AltSeason.Bench.Platform [-- --quick] [--audit-only] [--json <file>]
// --getscore-only: the reference backfill, then only GetScore under load against bare Kestrel, three rounds.
// Needs the services built in the same configuration (bench/run.sh does it).
if (args.Contains("--help"))
{
    Console.WriteLine("usage: AltSeason.Bench.Platform [--quick] [--audit-only] [--json <file>]");
    Console.WriteLine("  --quick       two small generated backfills and shorter runs (a smoke test)");
    Console.WriteLine("  --audit-only  the reference backfill, then only audit replay and verify, three rounds");
    Console.WriteLine("  --getscore-only  the reference backfill, then only GetScore under load vs bare Kestrel, three rounds");
    Console.WriteLine("  --json <file> also write the figures as JSON for bench/run.sh to merge");
    return;
}
if (args is [BareServerProcess.Flag, var responseFile])
{
    await BareServerProcess.ServeAsync(responseFile);
    return;
}
var output = BenchOutput.FromArgs("platform", "The whole platform: backfill at three sizes, ingest-to-score latency, GetScore under load, audit replay, memory", args);
if (args.Contains(GetScoreOnly.Flag)) await GetScoreOnly.RunAsync(output);
else await PlatformBench.RunAsync(output, auditOnly: args.Contains("--audit-only"));
await output.WriteAsync();
