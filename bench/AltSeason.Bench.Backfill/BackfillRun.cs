using System.Diagnostics;
using AltSeason.AppHost;
using AltSeason.AppHost.Hosting;
using AltSeason.AppHost.Security;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.LocalInfrastructure;
using AltSeason.SampleData;
using AltSeason.ServiceDefaults.Auth;

namespace AltSeason.Bench.Backfill;

/// <summary>
/// One measured backfill: a fresh platform (as the AppHost runs it, in a private data folder), the generated sample
/// data of one <see cref="BackfillSize"/> imported through the Ingestion gRPC API, then the wait until every
/// service settled. The clock runs from the first upload to the last event any service wrote.
/// </summary>
public static class BackfillRun
{
    const int ConcurrentUploads = 4;

    public static async Task<BackfillResult> RunAsync(BackfillSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var files = SampleDataGenerator.Generate(size.Options);
        Console.WriteLine($"{size.Name}: {files.Count} files, {files.Sum(f => f.Content.Length) / 1024.0 / 1024.0:F1} MiB, {size.Options}; starting the platform ...");
        var dataDirectory = RepositoryPaths.DataFolder(Path.Combine("bench", "backfill-" + Guid.NewGuid().ToString("N")[..12]));
        var app = PlatformModel.Build(DistributedApplication.CreateBuilder([],
            new DistributedApplicationOptions { DataDirectory = dataDirectory, Durable = false, QuietServices = Environment.GetEnvironmentVariable("BACKFILL_SERVICE_LOGS") != "1" }));
        using (var startup = new CancellationTokenSource(TimeSpan.FromMinutes(3))) await app.StartAsync(startup.Token);
        try
        {
            var assemblies = PlatformModel.ServiceNames.ToDictionary(s => s, s => app.Project(s).AssemblyPath);
            StaleBuild.WarnIfStale(assemblies);
            var usage = new ServiceUsage(assemblies);
            using var stopSampling = new CancellationTokenSource();
            var sampling = usage.SampleUntilAsync(stopSampling.Token);
            var counts = new PlatformCounts(app.Servers!.PostgresConnectionString);

            var clock = Stopwatch.StartNew();
            var observations = await ImportAsync(app, dataDirectory, files);
            var importTime = clock.Elapsed;
            var wallTime = await Settling.WaitAsync(counts, clock, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(5));
            await stopSampling.CancelAsync();
            await sampling;
            return new BackfillResult(size.Name, files.Count, observations, importTime, wallTime, await counts.EventsAsync(), usage.PeakKiB, usage.CpuSeconds);
        }
        finally
        {
            await app.StopAsync();
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
        }
    }

    static async Task<long> ImportAsync(DistributedApplication app, string dataDirectory, IReadOnlyList<SampleFile> files)
    {
        using var channel = new GrpcClient(new Uri(app.Project("ingestion").GrpcUrl), PlatformSecurity.ClientOptions(dataDirectory, PlatformScopes.IngestWrite));
        var client = new IngestionClient(channel);
        long observations = 0;
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentUploads }, async (file, ct) =>
        {
            await using var content = new MemoryStream(file.Content);
            var report = await client.UploadAsync(new ImportHeader { FileName = file.FileName, Format = file.Format }, content,
                options: new CallOptions { CancellationToken = ct, Deadline = DateTime.UtcNow.AddMinutes(5) });
            if (!report.Accepted)
                throw new InvalidOperationException($"{file.FileName} was rejected: {string.Join("; ", report.Errors.Take(3).Select(e => $"{e.Line}: {e.Reason}"))}");
            Interlocked.Add(ref observations, report.AcceptedRows);
        });
        return observations;
    }
}
