using System.Text.Json;
using AltSeason.EventStore.Events;
using AltSeason.Scoring.Audit;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Model;
using AltSeason.ScoringService.Tests.Fakes;

namespace AltSeason.ScoringService.Tests.Domain;

public sealed class ScoreEventBuilderTests
{
    static readonly DateOnly Day = new(2024, 3, 1);
    static readonly JsonSerializerOptions Json = StoreJson.CreateDefaultOptions();

    static KnownComponent OnChain(string sha = "aa") =>
        new("onchain", Day, Evaluations.OnChainValues(), new ComponentReference("onchain", Day, "components/onchain/2024-03-01", 1, sha,
            "onchain/2024-03-01", 1, "bb"));

    [Fact]
    public void The_same_components_give_the_same_bytes()
    {
        var first = JsonSerializer.Serialize(ScoreEventBuilder.Build(ScoreModels.Get("v1"), Day, [OnChain()], "c1"), Json);
        var again = JsonSerializer.Serialize(ScoreEventBuilder.Build(ScoreModels.Get("v1"), Day, [OnChain()], "c1"), Json);
        Assert.Equal(first, again);
        Assert.Empty(JsonDifferences.Between(first, again));
    }

    [Fact]
    public void The_inputs_hash_pins_the_component_events_and_the_result_ignores_them()
    {
        var one = ScoreEventBuilder.Build(ScoreModels.Get("v1"), Day, [OnChain("aa")], "c1");
        var other = ScoreEventBuilder.Build(ScoreModels.Get("v1"), Day, [OnChain("cc")], "c2");
        Assert.NotEqual(one.InputsSha256, other.InputsSha256);
        Assert.Equal(JsonSerializer.Serialize(ScoreEventBuilder.ResultOnly(one), Json), JsonSerializer.Serialize(ScoreEventBuilder.ResultOnly(other), Json));
    }

    [Fact]
    public void Nothing_present_gives_no_score_and_every_component_missing()
    {
        var empty = ScoreEventBuilder.Build(ScoreModels.Get("v1"), Day, [], "c1");
        Assert.Null(empty.Score);
        Assert.Equal("undetermined", empty.Regime);
        Assert.Equal(6, empty.Missing.Count);
        Assert.Empty(empty.Inputs);
    }

    [Fact]
    public void Differences_are_reported_by_field_path()
    {
        var differences = JsonDifferences.Between("""{"a":[{"b":1},{"b":2}],"c":"x"}""", """{"a":[{"b":1},{"b":3}],"d":true}""");
        Assert.Equal([("a[1].b", "2", "3"), ("c", "\"x\"", JsonDifferences.Absent), ("d", JsonDifferences.Absent, "true")], differences);
        Assert.Equal([("(bytes)", "{\"a\":1}", "{ \"a\":1}")], JsonDifferences.Between("{\"a\":1}", "{ \"a\":1}"));
    }
}
