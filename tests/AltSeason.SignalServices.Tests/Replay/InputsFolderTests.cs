using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Replay;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Tests.Replay;

/// <summary>
/// The incremental fold gives exactly what folding each referenced stream from scratch gives (later values win,
/// ordered by instant then field), whatever the order of the versions asked for: forward, backward, revisions of old
/// instants, rows arriving out of order; and the same within a window of dates, for models with a lookback.
/// </summary>
public sealed class InputsFolderTests
{
    static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly string[] Fields = ["close", "high", "volume"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Folding_forward_and_back_equals_folding_from_scratch(int seed)
    {
        var random = new Random(seed);
        var streams = new Dictionary<string, InputStream>(StringComparer.Ordinal)
        {
            ["inputs/a"] = RandomStream("a", random),
            ["inputs/b"] = RandomStream("b", random),
        };
        var folder = new InputsFolder(streams);
        for (var request = 0; request < 60; request++)
        {
            // Mostly advancing, sometimes back: a tampered or reordered history must still fold right.
            InputReference[] references =
            [
                new("inputs/a", random.Next(0, streams["inputs/a"].Count + 2), "x"),
                new("inputs/b", random.Next(0, streams["inputs/b"].Count + 2), "x"),
                new("inputs/none", 1, "x"),
            ];
            var folded = folder.FoldTo(references);
            var expected = FromScratch(references, streams);
            Assert.Equal(expected.Keys.Order(), folded.BySeries.Keys.Order());
            foreach (var (series, rows) in expected)
            {
                Assert.Equal(rows, folded.BySeries[series]);
                Assert.Equal($"source-{series}-{SourceVersion(references, series, streams)}", folded.SourceOf(series));
            }

            // A model with a lookback gets only a window of dates, with the last date of everything folded.
            var from = DateOnly.FromDateTime(Start.UtcDateTime).AddDays(random.Next(-2, 40));
            var through = from.AddDays(random.Next(0, 10));
            var windowed = folder.FoldTo(references, (from, through));
            var inWindow = expected.ToDictionary(kv => kv.Key, kv => kv.Value.Where(r => r.Date >= from && r.Date <= through).ToList())
                .Where(kv => kv.Value.Count > 0).ToDictionary();
            Assert.Equal(inWindow.Keys.Order(), windowed.BySeries.Keys.Order());
            foreach (var (series, rows) in inWindow) Assert.Equal(rows, windowed.BySeries[series]);
            Assert.Equal(expected.Values.SelectMany(rows => rows).Select(r => (DateOnly?)r.Date).Max(), windowed.LastDate);
        }
    }

    static InputStream RandomStream(string series, Random random)
    {
        var stream = new InputStream();
        for (var version = 1; version <= 8; version++)
        {
            var columns = Fields.Take(random.Next(1, Fields.Length + 1)).Select(field =>
            {
                // Days 0..40 in any order, so some rows revise earlier ones and some arrive before older ones.
                var days = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(0, 40)).Distinct().ToList();
                return new InputColumn(field, [.. days.Select(d => Start.AddDays(d).ToOffset(TimeSpan.FromHours(random.Next(-3, 4))))],
                    [.. days.Select(_ => Math.Round(random.NextDouble() * 100, 2))]);
            }).ToList();
            stream.Add(version, [(byte)version],
                new InputsReceived(series, Guid.NewGuid(), $"source-{series}-{version}", "f.csv", "", "", 0, "", columns));
        }
        return stream;
    }

    /// <summary>The plain definition: every event up to the version, later values win, sorted by instant then field.</summary>
    static Dictionary<string, List<Observation>> FromScratch(InputReference[] references, Dictionary<string, InputStream> streams)
    {
        var result = new Dictionary<string, List<Observation>>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            if (!streams.TryGetValue(reference.StreamId, out var stream)) continue;
            var values = new Dictionary<(DateTimeOffset, string), double>();
            string? series = null;
            for (var i = 0; i < stream.Count && stream[i].Version <= reference.Version; i++)
            {
                series = stream[i].Data.Series;
                foreach (var column in stream[i].Data.Fields)
                    for (var j = 0; j < column.Timestamps.Count; j++) values[(column.Timestamps[j].ToUniversalTime(), column.Field)] = column.Values[j];
            }
            if (series is null) continue;
            result[series] = [.. values.OrderBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
                .Select(kv => new Observation(kv.Key.Item1, kv.Key.Item2, kv.Value))];
        }
        return result;
    }

    static long SourceVersion(InputReference[] references, string series, Dictionary<string, InputStream> streams) =>
        Math.Min(references.Single(r => r.StreamId == $"inputs/{series}").Version, streams[$"inputs/{series}"].Count);
}
