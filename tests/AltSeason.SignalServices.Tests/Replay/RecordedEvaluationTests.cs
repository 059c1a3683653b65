using System.Text;
using System.Text.Json;
using AltSeason.EventStore.Events;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Replay;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Tests.Replay;

/// <summary>
/// Replay reads a stored evaluation's header field by field from its UTF-8 and keeps the "values" bytes as stored:
/// it must read what decoding the whole event read, reject what that rejected, and reuse a batch's shared lists.
/// </summary>
public sealed class RecordedEvaluationTests
{
    static readonly JsonSerializerOptions Json = StoreJson.CreateDefaultOptions();

    static SignalsEvaluated Evaluation(DateOnly asOf, string inputVersion = "1") => new(
        "equities", asOf, "equities-v1", "code/1",
        [new("window", "60"), new("bands", "0.1,0.2")],
        [new("inputs/equities/russell2000", long.Parse(inputVersion, System.Globalization.CultureInfo.InvariantCulture), "ab12"), new("inputs/crypto/total", 3, "cd34")],
        "ef56",
        [new("correlation", 0.25, "r", "n=60"), new("momentum", null, "ratio", null)],
        Guid.Empty);

    static RecordedEvaluation Parse(string json, DecodedLists? previous = null) =>
        RecordedEvaluation.Parse("equities/2024-03-01", 1, 7, Encoding.UTF8.GetBytes(json), Json, previous ?? new DecodedLists());

    [Fact]
    public void Reads_the_header_the_serializer_wrote_and_keeps_the_values_bytes_as_stored()
    {
        var stored = Evaluation(new DateOnly(2024, 3, 1));
        var json = JsonSerializer.Serialize(stored, Json);

        var recorded = Parse(json);

        Assert.Equal(new DateOnly(2024, 3, 1), recorded.Header.AsOf);
        Assert.Equal("equities-v1", recorded.Header.ModelVersion);
        Assert.Equal("ef56", recorded.Header.InputsSha256);
        Assert.Equal(stored.Parameters, recorded.Header.Parameters);
        Assert.Equal(stored.Inputs, recorded.Header.Inputs);
        Assert.Equal(JsonSerializer.Serialize(stored.Values, Json), recorded.StoredValuesText);
        Assert.Equal(stored.Values, recorded.DecodeValues(Json));
    }

    [Fact]
    public void Property_names_match_as_the_store_options_match_them_and_missing_fields_read_as_empty()
    {
        // The store's options (web defaults) match names case-insensitively, as decoding the whole event did.
        var recorded = Parse("""{"ASOF":"2024-03-01","ModelVersion":"m","extra":{"a":[1,2]},"Values":[1]}""");
        Assert.Equal(new DateOnly(2024, 3, 1), recorded.Header.AsOf);
        Assert.Equal("m", recorded.Header.ModelVersion);
        Assert.Equal("[1]", recorded.StoredValuesText);
        Assert.Empty(recorded.Header.Inputs);
        Assert.Empty(recorded.Header.Parameters);
        Assert.Equal("", recorded.Header.InputsSha256);
    }

    [Theory]
    [InlineData("""{"asOf":"2024-03-01","inputs":[""", "truncated")]
    [InlineData("""{"asOf":"not a date"}""", "a date that is not one")]
    [InlineData("""{"asOf":"2024-03-01","modelVersion":7}""", "a number where a string belongs")]
    [InlineData("""{"asOf":"2024-03-01","inputs":{"streamId":"x"}}""", "an object where a list belongs")]
    [InlineData("""[1,2]""", "not an object")]
    [InlineData("""{"asOf":"2024-03-01"} {}""", "two values")]
    public void A_damaged_event_throws_a_json_error_that_replay_reports_as_unreadable(string json, string what)
    {
        var error = Record.Exception(() => Parse(json));
        Assert.True(error is JsonException, $"{what}: expected a JsonException, got {error?.GetType().Name ?? "none"}");
    }

    [Fact]
    public void Evaluations_of_one_batch_share_their_decoded_lists_and_a_different_list_is_decoded_afresh()
    {
        var previous = new DecodedLists();
        var first = Parse(JsonSerializer.Serialize(Evaluation(new DateOnly(2024, 3, 1)), Json), previous);
        var second = Parse(JsonSerializer.Serialize(Evaluation(new DateOnly(2024, 3, 2)), Json), previous);
        var other = Parse(JsonSerializer.Serialize(Evaluation(new DateOnly(2024, 3, 3), inputVersion: "2"), Json), previous);

        Assert.Same(first.Header.Inputs, second.Header.Inputs);
        Assert.Same(first.Header.Parameters, second.Header.Parameters);
        Assert.NotSame(second.Header.Inputs, other.Header.Inputs);
        Assert.Equal(2, other.Header.Inputs[0].Version);
        Assert.Same(second.Header.Parameters, other.Header.Parameters);
    }
}
