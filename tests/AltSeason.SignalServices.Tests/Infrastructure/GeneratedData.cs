using AltSeason.Contracts.Messages;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.SampleData;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>
/// Generated sample data parsed by the real ingestion parsers: as the messages Ingestion publishes (one per file)
/// and as the inputs table a family ends up holding (one value per instant and field, the latest file winning).
/// </summary>
internal sealed class GeneratedData
{
    readonly IReadOnlyList<(SampleFile File, IReadOnlyList<SeriesBatch> Batches)> _files;

    GeneratedData(IReadOnlyList<(SampleFile, IReadOnlyList<SeriesBatch>)> files) => _files = files;

    public static GeneratedData Of(SampleDataOptions options) => new([.. SampleDataGenerator.Generate(options).Select(f => (f, Parse(f)))]);

    /// <summary>One message per file, in file order, with every series of the file.</summary>
    public IReadOnlyList<MarketDataIngested> Messages() =>
    [
        .. _files.Select(f => new MarketDataIngested(Guid.NewGuid(), f.File.FileName, f.Batches[0].Source, new string('c', 64), DateTimeOffset.UtcNow,
            [.. f.Batches.Select(Change)])),
    ];

    /// <summary>The inputs the family keeps, ordered as the inputs table returns them (instant, then field, ordinal).</summary>
    public SignalInputs InputsOf(ISignalFamily family)
    {
        var batches = _files.SelectMany(f => f.Batches).Where(b => family.Reads(b.Series)).ToList();
        var bySeries = batches.GroupBy(b => b.Series).ToDictionary(g => g.Key, g => (IReadOnlyList<Observation>)
            [.. g.SelectMany(b => b.Rows).GroupBy(r => (r.TimestampUtc, r.Field)).Select(same => same.Last())
                .OrderBy(r => r.TimestampUtc).ThenBy(r => r.Field, StringComparer.Ordinal)]);
        var sources = batches.GroupBy(b => b.Series).ToDictionary(g => g.Key, g => g.Last().Source);
        return new SignalInputs(bySeries, sources);
    }

    static SeriesChange Change(SeriesBatch batch)
    {
        var fields = batch.Rows.GroupBy(r => r.Field, StringComparer.Ordinal)
            .Select(g => new FieldColumn(g.Key, [.. g.Select(r => r.TimestampUtc)], [.. g.Select(r => r.Value)]))
            .ToList();
        return new SeriesChange(batch.Series, $"series/{batch.Series}", 1, new string('a', 64),
            batch.Rows.Min(r => r.Date), batch.Rows.Max(r => r.Date), fields);
    }

    static IReadOnlyList<SeriesBatch> Parse(SampleFile file)
    {
        using var stream = new MemoryStream(file.Content);
        var result = Parsers.ParseAsync(stream, new ParseRequest { FileName = file.FileName, Format = file.Format }).GetAwaiter().GetResult();
        return result.IsAccepted ? result.Batches : throw new InvalidOperationException($"{file.FileName}: {result}");
    }
}
