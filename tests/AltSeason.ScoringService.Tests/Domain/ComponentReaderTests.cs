using System.Text.Json;
using AltSeason.EventStore.Events;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Model;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.TimeSeries;

namespace AltSeason.ScoringService.Tests.Domain;

/// <summary>A replay decodes only the component values a score model reads: the score it recomputes must not change.</summary>
public sealed class ComponentReaderTests
{
    static readonly DateOnly Day = new(2024, 3, 1);
    static readonly JsonSerializerOptions Json = StoreJson.CreateDefaultOptions();

    static ComponentRecorded Component(string family, IReadOnlyList<SignalValue> values) =>
        new(family, Day, values, $"{family}-v1", "code/1", "ab", new SourceEvaluation($"{family}/2024-03-01", 2, "cd", DateTimeOffset.UnixEpoch), "message");

    static KnownComponent Known(ComponentRecorded c) =>
        Scoring.Storage.ComponentReadModel.ToKnown(c, $"components/{c.Family}/2024-03-01", 1, "ee");

    [Fact]
    public void The_score_from_the_values_read_equals_the_score_from_every_value()
    {
        // Values no model reads, before and between the read ones, and a read name repeated (the last one counts).
        var onChain = Evaluations.OnChainValues().Prepend(new SignalValue("not_read", 1, "x")).Append(new SignalValue("not_read_either", null, "y"))
            .Concat(Evaluations.OnChainValues(asi: 90)).ToList();
        ComponentRecorded[] stored = [Component("onchain", onChain), Component("equities", Evaluations.EquitiesValues()), Component("derivatives", Evaluations.DerivativesValues())];

        var read = stored.Select(c => ComponentReader.Read(JsonSerializer.SerializeToUtf8Bytes(c, Json), Json)).ToList();

        Assert.True(read[0].Values.Count < onChain.Count, "values no model reads are left out");
        Assert.DoesNotContain(read[0].Values, v => v.Name.StartsWith("not_read", StringComparison.Ordinal));
        Assert.Equal(stored.Select(c => (c.Family, c.AsOf, c.Source, c.ModelVersion, c.ReceivedVia)), read.Select(c => (c.Family, c.AsOf, c.Source, c.ModelVersion, c.ReceivedVia)));
        var model = ScoreModels.Get("v1");
        var fromAll = ScoreEventBuilder.Build(model, Day, [.. stored.Select(Known)], "c1");
        var fromRead = ScoreEventBuilder.Build(model, Day, [.. read.Select(Known)], "c1");
        Assert.Equal(JsonSerializer.Serialize(fromAll, Json), JsonSerializer.Serialize(fromRead, Json));
        Assert.NotNull(fromRead.Score);
    }

    [Theory]
    [InlineData("""{"family":"onchain","asOf":"2024-03-01","values":[{"name":"onchain.asi.90d","value":"high"}]}""")]
    [InlineData("""{"family":"onchain","asOf":"2024-03-01","values":[7]}""")]
    [InlineData("""{"family":"onchain","asOf":"2024-03-01","values":[""")]
    [InlineData("""{"family":"onchain","asOf":"never"}""")]
    public void A_damaged_component_is_a_json_error(string json) =>
        Assert.ThrowsAny<JsonException>(() => ComponentReader.Read(System.Text.Encoding.UTF8.GetBytes(json), Json));
}
