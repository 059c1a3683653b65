using AltSeason.Ingestion.Formats.Parsing;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Malformed;

/// <summary>
/// CoinGecko sends hundreds of thousands of <c>[ms, value]</c> pairs per file; the parser names a pair only when it is
/// wrong, and then with its array and index (and the item inside it), on the pair's line.
/// </summary>
public sealed class CoinGeckoPairErrorTests
{
    [Fact]
    public void Each_bad_pair_is_named_by_its_array_and_index()
    {
        const string json = """
            {"prices":[
            [1767225600000,1.0],
            [1767312000000,{"x":1}],
            5,
            [1767398400000],
            [1767484800000,-2.0]
            ],
            "market_caps":[[1767225600000,"abc"]]}
            """;
        var result = Parse(json, "bitcoin.json", FormatIds.CoinGeckoMarketChartJson);

        Assert.False(result.IsAccepted);
        Assert.Equal(
        [
            (3, "prices[1][1]", "expected a number, got a nested value"),
            (4, "prices[2]", "expected a [timestamp, value] pair"),
            (5, "prices[3]", "expected a [timestamp, value] pair, got 1 items"),
            (6, "prices[4]", "price must be above zero, got -2"),
            (8, "market_caps[0]", "'abc' is not a number"),
        ], result.Errors.Select(e => (e.Line, e.Column, e.Reason)));
    }
}
