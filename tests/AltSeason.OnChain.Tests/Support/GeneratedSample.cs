using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.SampleData;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Tests.Support;

/// <summary>
/// The sample data set <c>./run.sh</c> imports (seed 2026, 400 days from 2025-01-01), generated in memory and parsed
/// by the real ingestion parsers, so tests see exactly the rows the OnChain service receives.
/// </summary>
internal static class GeneratedSample
{
    public static readonly SampleDataOptions Options = new(Seed: 2026, Start: new DateOnly(2025, 1, 1), Days: 400);

    static readonly Lazy<IReadOnlyList<SeriesBatch>> Parsed = new(() => [.. SampleDataGenerator.Generate(Options).SelectMany(Parse)]);

    /// <summary>Every batch of every generated file, in file order (other families' series included).</summary>
    public static IReadOnlyList<SeriesBatch> Batches => Parsed.Value;

    /// <summary>The batches as the engine's inputs table holds them: one value per (instant, field), latest wins.</summary>
    public static SignalInputs AsSignalInputs(Func<string, bool> reads)
    {
        var batches = Batches.Where(b => reads(b.Series)).ToList();
        var bySeries = batches.GroupBy(b => b.Series).ToDictionary(g => g.Key, g => (IReadOnlyList<Observation>)
            [.. g.SelectMany(b => b.Rows).GroupBy(r => (r.TimestampUtc, r.Field)).Select(same => same.Last())
                .OrderBy(r => r.TimestampUtc).ThenBy(r => r.Field, StringComparer.Ordinal)]);
        var sources = batches.GroupBy(b => b.Series).ToDictionary(g => g.Key, g => g.Last().Source);
        return new SignalInputs(bySeries, sources);
    }

    static IReadOnlyList<SeriesBatch> Parse(SampleFile file)
    {
        using var stream = new MemoryStream(file.Content);
        var result = Parsers.ParseAsync(stream, new ParseRequest { FileName = file.FileName, Format = file.Format }).GetAwaiter().GetResult();
        return result.IsAccepted ? result.Batches : throw new InvalidOperationException(result.ToString());
    }
}
