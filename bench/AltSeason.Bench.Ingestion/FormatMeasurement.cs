using System.Diagnostics;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.SampleData;

namespace AltSeason.Bench.Ingestion;

/// <summary>Times the real parser and the naive baseline over the same files, alternating, for about a second each.</summary>
sealed record FormatMeasurement(long Bytes, int Rows, double ParserSeconds, double BaselineSeconds)
{
    const double TargetSeconds = 1.0;

    public double ParserRowsPerSecond => Rows / ParserSeconds;
    public double BaselineRowsPerSecond => Rows / BaselineSeconds;

    /// <summary>How many times longer the validating parser takes than the baseline.</summary>
    public double Ratio => ParserSeconds / BaselineSeconds;

    public static async Task<FormatMeasurement> RunAsync(IReadOnlyList<SampleFile> files)
    {
        var rows = 0;
        foreach (var file in files) rows += (await ParseAsync(file)).RowCount; // warm-up, and the row count
        var checksum = files.Sum(NaiveBaseline.Parse);

        var iterations = 1;
        double parser, baseline;
        while (true)
        {
            parser = await TimeAsync(async () => { foreach (var f in files) await ParseAsync(f); }, iterations);
            baseline = await TimeAsync(() => { foreach (var f in files) checksum += NaiveBaseline.Parse(f); return Task.CompletedTask; }, iterations);
            if (parser + baseline >= TargetSeconds || iterations >= 1 << 16) break;
            iterations *= 2;
        }
        GC.KeepAlive(checksum);
        return new FormatMeasurement(files.Sum(f => (long)f.Content.Length), rows, parser / iterations, baseline / iterations);
    }

    static async Task<ParseResult> ParseAsync(SampleFile file)
    {
        using var stream = new MemoryStream(file.Content, writable: false);
        var result = await Parsers.ParseAsync(stream, new ParseRequest { FileName = file.FileName, Format = file.Format });
        if (!result.IsAccepted) throw new InvalidOperationException(result.ToString());
        return result;
    }

    static async Task<double> TimeAsync(Func<Task> work, int iterations)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++) await work();
        return watch.Elapsed.TotalSeconds;
    }
}
