using System.Text.Json;
using AltSeason.SampleData;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Processing;
using AltSeason.SignalServices.Tests.Infrastructure;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.SignalServices.Tests.Chunking;

/// <summary>
/// The engine evaluates a long range in chunks of dates, and for a model with a lookback only from the window of
/// inputs a chunk needs. Every date's outputs must be the very bytes the whole-history, whole-range evaluation gives.
/// </summary>
public class ChunkedEvaluationTests
{
    static readonly Lazy<GeneratedData> Data = new(() => GeneratedData.Of(new SampleDataOptions(Seed: 11, Days: 400, Coins: 12, Symbols: 4, Tokens: 2)));

    [Theory]
    [InlineData("equities", 97)]
    [InlineData("derivatives", 1)]
    [InlineData("derivatives", 97)]
    [InlineData("onchain", 97)]
    [InlineData("onchain", 150)]
    public void Chunked_windowed_evaluation_equals_the_whole_history_evaluation(string name, int chunkDays)
    {
        var model = SignalFamilies.Named(name).Current;
        var inputs = Data.Value.InputsOf(SignalFamilies.Named(name));
        var range = new AffectedDateRange(inputs.BySeries.Values.Min(rows => rows[0].Date), inputs.LastDate!.Value);

        var whole = model.Evaluate(inputs, range.From, range.Through);
        var chunks = EvaluationChunks.Of(range, model.LookbackDays, chunkDays).ToList();
        var chunked = chunks.SelectMany(c => model.Evaluate(c.InputsFrom is { } from ? inputs.Window(from, c.Through) : inputs, c.From, c.Through)).ToList();

        Assert.True(whole.Count > 250, $"{name}: only {whole.Count} dates evaluated");
        Assert.True(chunks.Count > 2, $"{name}: only {chunks.Count} chunks");
        Assert.Equal(whole.Select(w => w.AsOf), chunked.Select(c => c.AsOf));
        for (var i = 0; i < whole.Count; i++)
            Assert.True(Json(whole[i]) == Json(chunked[i]), $"{name} {whole[i].AsOf:yyyy-MM-dd}: chunked outputs differ");
    }

    [Fact]
    public void Chunks_cover_the_range_once_in_order_with_their_lookback()
    {
        var range = new AffectedDateRange(new DateOnly(2024, 1, 30), new DateOnly(2024, 3, 4));
        var chunks = EvaluationChunks.Of(range, 10, 14).ToList();

        Assert.Equal([new DateOnly(2024, 1, 30), new DateOnly(2024, 2, 13), new DateOnly(2024, 2, 27)], chunks.Select(c => c.From));
        Assert.Equal([new DateOnly(2024, 2, 12), new DateOnly(2024, 2, 26), new DateOnly(2024, 3, 4)], chunks.Select(c => c.Through));
        Assert.Equal(chunks.Select(c => (DateOnly?)c.From.AddDays(-10)), chunks.Select(c => c.InputsFrom));
        Assert.All(EvaluationChunks.Of(range, null, 14), c => Assert.Null(c.InputsFrom));
        Assert.Single(EvaluationChunks.Of(new AffectedDateRange(range.From, range.From), 0, 14));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationChunks.Of(range, -1, 14).ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationChunks.Of(range, 0, 0).ToList());
    }

    static string Json(DatedSignals signals) => JsonSerializer.Serialize(FiniteValues.Of(signals.Values));
}
