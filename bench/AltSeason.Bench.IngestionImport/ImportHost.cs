using AltSeason.Ingestion;
using AltSeason.Ingestion.Importing;
using AltSeason.SampleData;
using AltSeason.ServiceDefaults;
using AltSeason.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.Bench.IngestionImport;

/// <summary>The Ingestion service wired as its Program.cs does (event store, outbox relay, limits), without Kestrel traffic.</summary>
sealed class ImportHost : IAsyncDisposable
{
    readonly WebApplication _app;

    ImportHost(WebApplication app) => _app = app;

    public static async Task<ImportHost> StartAsync(string database, Uri amqp)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "AltSeason.Ingestion" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventstore"] = database,
            ["ConnectionStrings:messaging"] = amqp.ToString(),
            ["OTEL_SERVICE_NAME"] = "ingestion",
            ["Auth:SigningKey"] = SigningKeys.Generate(),
            ["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0",
        });
        builder.AddServiceDefaults();
        builder.AddApplicationServices();
        var app = builder.Build();
        await app.StartAsync();
        return new ImportHost(app);
    }

    /// <summary>Imports every file, a few at a time as the platform bench does; returns the rows accepted.</summary>
    public async Task<long> ImportAllAsync(IReadOnlyList<SampleFile> files, int parallel)
    {
        var importer = _app.Services.GetRequiredService<Importer>();
        long rows = 0;
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (file, token) =>
        {
            await using var content = new MemoryStream(file.Content, writable: false);
            var outcome = await importer.ImportAsync(new ImportCommand(file.FileName, file.Format), content, token);
            if (!outcome.IsAccepted)
                throw new InvalidOperationException($"{file.FileName} was rejected: {string.Join("; ", outcome.Parsed.Errors.Take(3))}");
            Interlocked.Add(ref rows, outcome.Parsed.RowCount);
        });
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
