using System.Diagnostics;
using AltSeason.Bench.EventStore;
using AltSeason.Bench.Reporting;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Configuration;
using AltSeason.EventStore.Reading;
using AltSeason.LocalInfrastructure;
using Npgsql;

// Append and read throughput of the event store next to raw Npgsql on the same server in the same run:
// binary COPY of the same rows in the same batches (goal: appends >= 50% of it) and a plain ordered SELECT of
// the same columns (goal: reads >= 70% of it). Runs against a private, non-durable PostgreSQL.
var output = BenchOutput.FromArgs("eventstore", "Event store appends and reads vs raw Npgsql binary COPY and SELECT on the same server", args);
var quick = output.Quick;
var eventsPerCase = quick ? 2_000 : 20_000;
var dataDirectory = Path.Combine(Path.GetTempPath(), $"altseason-bench-eventstore-{Environment.ProcessId}");
await using var servers = await LocalServers.StartAsync(new LocalServersOptions
{
    DataDirectory = dataDirectory, RabbitMq = false, UseConfiguredServers = false, Durable = false,
});

var options = new EventStoreOptions { Schema = "bench", ConnectionString = servers.PostgresConnectionString };
options.Events.Register<PriceTicked>("price-ticked");
await using var store = new PostgresEventStore(options);
await store.MigrateAsync();
var raw = new RawBaseline(store.DataSource, store.Schema);
await raw.CreateTableAsync();
await using var copyConnection = await store.DataSource.OpenConnectionAsync();

// Warm-up: JIT, plan caches and the connection pool, for both sides, before anything is timed.
for (var i = 0; i < 200; i++)
{
    await store.AppendAsync("warm-up", ExpectedVersion.Exactly(i), [new PriceTicked("ETH", 3000m, i)]);
    await raw.CopyAsync(copyConnection, "warm-up", i + 1, [new PriceTicked("ETH", 3000m, i)]);
}
_ = await store.ReadStreamAsync("warm-up");
_ = await raw.SelectStreamAsync("warm-up");

const int Rounds = 3;
output.Note($"events per case: {eventsPerCase} in {Rounds} interleaved rounds, best round reported " +
    "(single writer, PostgreSQL fsync off; the machine is shared, so single rounds are noisy)");
output.Note($"appends of {options.BulkAppendThreshold}+ events to one stream go by COPY; smaller ones by append_events");
var run = 0;
foreach (var streams in new[] { 1, 1000 })
foreach (var batchSize in new[] { 1, 10, 100 })
{
    run++;
    var batchesPerRound = Math.Max(1, eventsPerCase / Rounds / batchSize);
    var versions = new long[streams];
    var rawVersions = new long[streams];
    var events = Enumerable.Range(0, batchSize).Select(i => new PriceTicked("BTC", 60_000m + i, i)).ToArray();
    var (bestStore, bestRaw) = (0.0, 0.0);
    var next = 0;
    var rawNext = 0;
    for (var round = 0; round < Rounds; round++)
    {
        bestStore = Math.Max(bestStore, await RateAsync(batchesPerRound * batchSize, async () =>
        {
            for (var b = 0; b < batchesPerRound; b++, next++)
            {
                var s = next % streams;
                var result = await store.AppendAsync($"r{run}-s{s}", ExpectedVersion.Exactly(versions[s]), events);
                versions[s] = result.Streams[0].ToVersion;
            }
        }));
        bestRaw = Math.Max(bestRaw, await RateAsync(batchesPerRound * batchSize, async () =>
        {
            for (var b = 0; b < batchesPerRound; b++, rawNext++)
            {
                var s = rawNext % streams;
                await raw.CopyAsync(copyConnection, $"r{run}-s{s}", rawVersions[s] + 1, events);
                rawVersions[s] += batchSize;
            }
        }));
    }
    Report($"append {streams} stream(s), batch {batchSize}", bestStore, bestRaw, 0.5);
}

// Replay: the single-stream batch-100 case put the same events in one stream of both tables.
const string ReplayStream = "r3-s0";
var replayed = (await store.ReadStreamAsync(ReplayStream)).Count;
// One read takes a tenth of a second, so a single descheduling on the shared machine can halve a pass: many short
// interleaved passes give both sides the same chances of a quiet one.
const int ReadPasses = 15;
var (bestRead, bestSelect) = (0.0, 0.0);
var passRatios = new List<double>();
for (var i = 0; i < ReadPasses; i++) // the first pass also warms caches and JIT for both sides
{
    var read = await RateAsync(replayed, async () => _ = (await store.ReadStreamAsync(ReplayStream)).Count);
    var select = await RateAsync(replayed, async () => _ = await raw.SelectStreamAsync(ReplayStream));
    (bestRead, bestSelect) = (Math.Max(bestRead, read), Math.Max(bestSelect, select));
    if (i > 0) passRatios.Add(read / select);
}
Report($"read one stream ({replayed} events)", bestRead, bestSelect, 0.7);
output.Note($"reads: best of {ReadPasses} interleaved passes each; median ratio of the {passRatios.Count} warm pass pairs " +
    $"{passRatios.Order().ElementAt(passRatios.Count / 2):F2}");

var verify = Stopwatch.StartNew();
var verified = await store.VerifyAllAsync();
output.Add(new Figure($"verify all hash chains ({verified.EventsChecked:N0} events, intact={verified.IsIntact})", verified.EventsChecked / verify.Elapsed.TotalSeconds, "events/s")
    .Against("read one stream (best)", bestRead));

await servers.DisposeAsync();
await output.WriteAsync();
try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }

static async Task<double> RateAsync(int events, Func<Task> work)
{
    var clock = Stopwatch.StartNew();
    await work();
    return events / clock.Elapsed.TotalSeconds;
}

void Report(string name, double store, double raw, double goal) =>
    output.Add(new Figure(name, store, "events/s").Against("raw Npgsql", raw).WithGoal($">= {goal:P0} of raw", store / raw >= goal));
