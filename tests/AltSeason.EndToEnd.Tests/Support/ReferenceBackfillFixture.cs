using System.Diagnostics;
using System.Text.Json;
using AltSeason.LocalInfrastructure;
using AltSeason.SampleData;
using AltSeason.Testing;

namespace AltSeason.EndToEnd.Tests.Support;

/// <summary>
/// The whole platform after a backfill of the real reference files (equities, global crypto metrics, coins,
/// funding) plus generated long/short ratios and netflows, all imported through the Ingestion gRPC API.
/// Records the backfill's wall time and how many events each service wrote.
/// </summary>
public sealed class ReferenceBackfillFixture : PlatformFixture
{
    public static readonly string[] ReferenceFiles = ["RUT.csv", "SPX.csv", "cmc_global.csv", "coingecko_markets.csv", "btc_funding_daily.csv"];

    /// <summary>Long/short and netflow data is not available as real data: generated, around January 2026.</summary>
    public static readonly SampleDataOptions Generated = new(Seed: 7, Start: new DateOnly(2025, 9, 1), Days: 180, Coins: 20, Symbols: 10, Tokens: 4);

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public PlatformClients Clients { get; private set; } = null!;
    public PlatformDatabase Database { get; private set; } = null!;
    public TimeSpan BackfillWallTime { get; private set; }
    public IReadOnlyDictionary<string, long> EventsAfterBackfill { get; private set; } = new Dictionary<string, long>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Clients = new PlatformClients(App, ClientOptions());
        Database = new PlatformDatabase(App.Servers!.PostgresConnectionString);

        var clock = Stopwatch.StartNew();
        foreach (var file in ReferenceFiles)
            await Clients.ImportAsync(file, await File.ReadAllBytesAsync(ReferenceData.PathOf(file)));
        foreach (var file in GeneratedDerivativesAndFlows())
            await Clients.ImportAsync(file.FileName, file.Content, file.Format);
        await Quiescence.WaitAsync(Database, TimeSpan.FromMinutes(6));
        BackfillWallTime = clock.Elapsed;
        EventsAfterBackfill = await Database.EventCountsAsync();
        await WriteReportAsync();
    }

    public static IEnumerable<SampleFile> GeneratedDerivativesAndFlows() =>
        SampleDataGenerator.Generate(Generated).Where(f => f.Format.StartsWith("binance-longshort", StringComparison.Ordinal)
            || f.Format.StartsWith("binance-taker", StringComparison.Ordinal) || f.Format.StartsWith("cryptoquant", StringComparison.Ordinal));

    async Task WriteReportAsync()
    {
        var folder = Path.Combine(RepositoryPaths.FindRoot() ?? ".", "artifacts");
        Directory.CreateDirectory(folder);
        var report = new { wallTimeSeconds = BackfillWallTime.TotalSeconds, eventsPerService = EventsAfterBackfill };
        await File.WriteAllTextAsync(Path.Combine(folder, "reference-backfill.json"), JsonSerializer.Serialize(report, Indented));
    }

    public override async Task DisposeAsync()
    {
        Clients?.Dispose();
        await base.DisposeAsync();
    }
}
