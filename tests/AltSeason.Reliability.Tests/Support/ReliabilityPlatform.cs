using System.Diagnostics;
using AltSeason.AppHost;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Testing;

namespace AltSeason.Reliability.Tests.Support;

/// <summary>
/// The real platform (two servers, five service processes), shared by the assembly. <see cref="RunBackfillAsync"/>
/// empties it, imports <see cref="SampleBackfill"/> in order (with an optional fault right after one import), waits
/// until the pipeline settles and returns the final evaluations; <see cref="BaselineAsync"/> is the fault-free run,
/// computed once.
/// </summary>
public sealed class ReliabilityPlatform : PlatformFixture, IDisposable
{
    static readonly string[] IndependentServices = ["ingestion", "equities", "derivatives", "onchain"];
    readonly SemaphoreSlim _baselineOnce = new(1, 1);
    readonly Dictionary<string, GrpcClient> _channels = [];
    EvaluationSnapshot? _baseline;

    public PlatformDatabase Database { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Database = new PlatformDatabase(App.Servers!.PostgresConnectionString);
    }

    public GrpcClient Channel(string service)
    {
        lock (_channels)
        {
            if (!_channels.TryGetValue(service, out var channel))
                _channels[service] = channel = new GrpcClient(new Uri(App.Project(service).GrpcUrl), ClientOptions());
            return channel;
        }
    }

    /// <summary>A bearer token with every platform scope, for raw HTTP and hand-made gRPC requests.</summary>
    public string AllScopesToken() => Token([.. AltSeason.ServiceDefaults.Auth.PlatformScopes.All]);

    public IngestionClient Ingestion => new(Channel("ingestion"));
    public ScoringClient Scoring => new(Channel("scoring"));

    public async Task<EvaluationSnapshot> BaselineAsync()
    {
        await _baselineOnce.WaitAsync();
        try
        {
            return _baseline ??= await RunBackfillAsync("fault-free");
        }
        finally
        {
            _baselineOnce.Release();
        }
    }

    /// <summary>
    /// Imports every file in order; each signal service handles one file's message before the next file is sent, so
    /// its batches (and so its evaluation versions) are the same in every run, and a fault-free and a faulted run
    /// can be compared version for version.
    /// </summary>
    /// <param name="faultAtImport">The fault runs right after this file (0-based) was imported, while its message is in flight.</param>
    public async Task<EvaluationSnapshot> RunBackfillAsync(string label, Func<Task>? fault = null, int? faultAtImport = null)
    {
        await ResetAsync();
        var clock = Stopwatch.StartNew();
        var files = SampleBackfill.Files;
        var faultAt = faultAtImport ?? files.Count / 2;
        for (var i = 0; i < files.Count; i++)
        {
            await ImportAsync(files[i].FileName, files[i].Content, files[i].Format);
            if (i == faultAt && fault is not null) await fault();
            await WaitUntilSignalServicesHandledAsync(i + 1, files[i].FileName);
        }
        var imported = clock.Elapsed;
        await SettleAsync();
        var snapshot = await Database.SnapshotAsync();
        Console.WriteLine($"[reliability] {label}: {files.Count} files, {snapshot.Evaluations.Count} final evaluations; imported in {imported.TotalSeconds:0.0}s, settled in {clock.Elapsed.TotalSeconds:0.0}s");
        return snapshot;
    }

    /// <summary>Bounded: a fault that a service never recovers from fails the test with what it last saw.</summary>
    async Task WaitUntilSignalServicesHandledAsync(long imports, string fileName)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        long? fewest = null;
        while (DateTime.UtcNow < deadline)
        {
            fewest = await Database.FewestHandledIngestionsAsync();
            if (fewest >= imports) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"After importing {fileName} (import {imports}), a signal service had handled only {fewest?.ToString() ?? "unknown"} " +
            $"ingestion messages within 3 minutes. {await WhereMessagesAreAsync()}Outbox: {await Database.StuckOutboxAsync()}{await ParkedMessagesAsync()}" +
            await LaggingServicesLogAsync(imports));
    }

    /// <summary>For each signal service behind: its state, restarts and last log lines (stack frames left out), so a CI
    /// failure shows what the service itself saw although the platform runs quiet.</summary>
    async Task<string> LaggingServicesLogAsync(long imports)
    {
        var handled = await Database.HandledIngestionsAsync();
        var lines = new List<string>();
        foreach (var service in PlatformDatabase.SignalSchemas.Where(s => handled is null || handled.GetValueOrDefault(s) < imports))
        {
            var project = App.Project(service);
            lines.Add($"--- {service}: {project.State}, {project.Restarts} restart(s); its last log lines:");
            lines.AddRange(App.RecentLog(service).Where(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).TakeLast(60));
        }
        lines.Add("--- apphost:");
        lines.AddRange(App.RecentLog("apphost").TakeLast(20));
        return Environment.NewLine + string.Join(Environment.NewLine, lines);
    }

    /// <summary>Per signal service: messages handled, and its queue's ready messages and consumers (none: it stopped consuming).</summary>
    async Task<string> WhereMessagesAreAsync()
    {
        var handled = await Database.HandledIngestionsAsync();
        var queues = new BrokerQueues(App.Servers!.RabbitMq!.Uri);
        var services = new List<string>();
        foreach (var service in PlatformDatabase.SignalSchemas)
            services.Add($"{service}: handled {handled?.GetValueOrDefault(service).ToString() ?? "?"}, queue {await queues.DescribeAsync(service + "-market-data-ingested")}");
        return string.Join("; ", services) + ". ";
    }

    /// <summary>A message that exhausted its retries during a fault is parked, not lost: failure messages say so.</summary>
    public async Task<string> ParkedMessagesAsync()
    {
        var queues = new BrokerQueues(App.Servers!.RabbitMq!.Uri);
        var parked = new List<string>();
        foreach (var service in PlatformDatabase.SignalSchemas)
            parked.Add($"{service}: {Math.Max(0, await queues.ReadyCountAsync(service + "-market-data-ingested_error"))}"); // -1: no queue, nothing ever parked
        return " | parked in _error queues: " + string.Join(", ", parked);
    }

    /// <summary>
    /// Waits until nothing moves in the database, every service is up (a restarting one has messages waiting for it)
    /// and no message is waiting in a signal service's queue.
    /// </summary>
    public async Task SettleAsync()
    {
        try
        {
            await Quiescence.WaitAsync(Database, TimeSpan.FromMinutes(4), ready: AllServicesUpAndQueuesDrainedAsync);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + " Outbox: " + await Database.StuckOutboxAsync(), e);
        }
    }

    async Task<bool> AllServicesUpAndQueuesDrainedAsync()
    {
        if (PlatformModel.ServiceNames.Any(s => App.Project(s).State != AltSeason.AppHost.Hosting.ResourceState.Healthy)) return false;
        var queues = new BrokerQueues(App.Servers!.RabbitMq!.Uri);
        foreach (var service in PlatformDatabase.SignalSchemas)
            if (await TryReadyCountAsync(queues, service + "-market-data-ingested") > 0) return false;
        return true;
    }

    static async Task<long> TryReadyCountAsync(BrokerQueues queues, string queue)
    {
        try
        {
            return await queues.ReadyCountAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException)
        {
            return 1; // the broker is restarting: not settled
        }
    }

    /// <summary>Imports one file as a client would: a call that failed for a transient reason is simply sent again.</summary>
    public async Task<ImportReport> ImportAsync(string fileName, byte[] content, string format = "")
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var stream = new MemoryStream(content);
                var report = await Ingestion.UploadAsync(new ImportHeader { FileName = fileName, Format = format }, stream,
                    options: new CallOptions { Deadline = DateTime.UtcNow.AddMinutes(1) });
                Assert.True(report.Accepted, $"{fileName} was rejected: {string.Join("; ", report.Errors.Select(e => $"{e.Line}: {e.Reason}"))}");
                return report;
            }
            catch (RpcException e) when (attempt < 10 && e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>Every queue the services consume from, with the queues MassTransit parks failed messages in.</summary>
    static IEnumerable<string> PlatformQueues =>
        PlatformDatabase.SignalSchemas.Select(s => s + "-market-data-ingested").Append("scoring-signals-evaluated")
            .SelectMany(q => new[] { q, q + "_error", q + "_skipped" });

    /// <summary>Stops every service, drops their schemas, empties their queues and starts them again: the next run begins from nothing.</summary>
    public async Task ResetAsync()
    {
        var clock = Stopwatch.StartNew();
        foreach (var name in PlatformModel.ServiceNames.Reverse()) await App.StopProjectAsync(name);
        await Database.DropServiceSchemasAsync();
        // A failed run can leave messages queued; the next run would count them as its own.
        var purged = await new BrokerQueues(App.Servers!.RabbitMq!.Uri).PurgeAsync(PlatformQueues);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Task.WhenAll(IndependentServices.Select(s => App.StartProjectAsync(s, timeout.Token)));
        await App.StartProjectAsync("scoring", timeout.Token);
        Console.WriteLine($"[reliability] reset in {clock.Elapsed.TotalSeconds:0.0}s ({purged} queued messages purged)");
    }

    public override async Task DisposeAsync()
    {
        Dispose();
        await base.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values) channel.Dispose();
        _channels.Clear();
        _baselineOnce.Dispose();
    }
}
