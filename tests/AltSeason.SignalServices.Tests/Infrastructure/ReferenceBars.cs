using System.Globalization;
using AltSeason.Contracts.Messages;
using AltSeason.Testing;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>Daily closes and highs from the real reference files, as the rows Ingestion would publish.</summary>
internal static class ReferenceBars
{
    public static IReadOnlyList<(DateOnly Date, double High, double Close)> Read(string file, DateOnly from)
    {
        var lines = File.ReadAllLines(ReferenceData.PathOf(file)).Skip(1);
        return [.. lines.Select(l => l.Split(','))
            .Select(c => (Date: DateOnly.ParseExact(c[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                High: double.Parse(c[2], CultureInfo.InvariantCulture), Close: double.Parse(c[4], CultureInfo.InvariantCulture)))
            .Where(b => b.Date >= from)];
    }

    public static SeriesChange Change(string series, IReadOnlyList<(DateOnly Date, double High, double Close)> bars)
    {
        var times = bars.Select(b => new DateTimeOffset(b.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)).ToList();
        return new SeriesChange(series, $"series/{series}", 1, new string('a', 64), bars[0].Date, bars[^1].Date,
        [
            new FieldColumn(Fields.Close, times, [.. bars.Select(b => b.Close)]),
            new FieldColumn(Fields.High, times, [.. bars.Select(b => b.High)]),
        ]);
    }

    public static MarketDataIngested Message(params SeriesChange[] series) =>
        new(Guid.NewGuid(), "reference.csv", "test-csv", new string('b', 64), DateTimeOffset.UtcNow, series);
}
