using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.SampleData;

namespace AltSeason.Bench.Platform.Backfill;

/// <summary>
/// The data sets the backfill runs on: the real reference files (plus generated long/short ratios and netflows,
/// which have no real source here, as the end-to-end tests do), and generated data at a multiple of its size.
/// </summary>
static class BackfillData
{
    static readonly string[] ReferenceFiles = ["RUT.csv", "SPX.csv", "cmc_global.csv", "coingecko_markets.csv", "btc_funding_daily.csv"];
    static readonly SampleDataOptions ReferenceExtras = new(Seed: 7, Start: new DateOnly(2025, 9, 1), Days: 180, Coins: 20, Symbols: 10, Tokens: 4);

    /// <summary>The reference folder, as <c>AltSeason.Testing.ReferenceData</c> finds it: next to the repository.</summary>
    public static string ReferenceFolder =>
        Environment.GetEnvironmentVariable("ALTSEASON_REFERENCE_DATA")
        ?? Path.GetFullPath(Path.Combine(AltSeason.LocalInfrastructure.RepositoryPaths.FindRoot() ?? ".", "..", "shared", "data", "reference"));

    public static IReadOnlyList<BackfillFile> Reference()
    {
        var missing = ReferenceFiles.Where(f => !File.Exists(Path.Combine(ReferenceFolder, f))).ToList();
        if (missing.Count > 0)
            throw new FileNotFoundException($"Reference data missing in {ReferenceFolder}: {string.Join(", ", missing)} (set ALTSEASON_REFERENCE_DATA to its folder).");
        var files = ReferenceFiles.Select(f => new BackfillFile(f, "", File.ReadAllBytes(Path.Combine(ReferenceFolder, f)))).ToList();
        files.AddRange(SampleDataGenerator.Generate(ReferenceExtras)
            .Where(f => f.Format.StartsWith("binance-longshort", StringComparison.Ordinal) || f.Format.StartsWith("binance-taker", StringComparison.Ordinal)
                || f.Format.StartsWith("cryptoquant", StringComparison.Ordinal))
            .Select(f => new BackfillFile(f.FileName, f.Format, f.Content)));
        return files;
    }

    /// <summary>
    /// Generated data with about <paramref name="targetRows"/> rows: a longer history first (up to 4,000 days, about
    /// the span of the equity reference), then a wider universe (more coins, symbols and tokens).
    /// </summary>
    public static async Task<IReadOnlyList<BackfillFile>> GeneratedAsync(long targetRows, int seed)
    {
        var days = 4000;
        var unit = new SampleDataOptions(Seed: seed, Days: 400, Coins: 8, Symbols: 2, Tokens: 1);
        var unitRows = await RowsAsync(SampleDataGenerator.Generate(unit));
        var factor = targetRows / (double)unitRows;
        var dayFactor = Math.Min(factor, days / 400.0);
        var widthFactor = Math.Max(1, factor / dayFactor);
        var options = new SampleDataOptions(Seed: seed, Days: Math.Max(120, (int)(400 * dayFactor)),
            Coins: Math.Clamp((int)Math.Round(8 * widthFactor), 8, 5000), Symbols: Math.Max(2, (int)Math.Round(2 * widthFactor)),
            Tokens: Math.Max(1, (int)Math.Round(widthFactor)));
        return [.. SampleDataGenerator.Generate(options).Select(f => new BackfillFile(f.FileName, f.Format, f.Content))];
    }

    /// <summary>Rows the Ingestion parser accepts in these files, i.e. what an import will report.</summary>
    public static async Task<long> RowsAsync(IEnumerable<SampleFile> files)
    {
        long rows = 0;
        foreach (var file in files)
        {
            using var stream = new MemoryStream(file.Content, writable: false);
            var result = await Parsers.ParseAsync(stream, new ParseRequest { FileName = file.FileName, Format = file.Format });
            rows += result.RowCount;
        }
        return rows;
    }
}
