using System.Text;
using AltSeason.Ingestion.Formats.Parsing;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Malformed;

public class MalformedJsonTests
{
    [Fact]
    public void Binance_string_that_is_not_a_number_is_named_with_its_key_and_line()
    {
        const string json = """
            [
              {"symbol":"SOLUSDT","longShortRatio":"2.5714","longAccount":"0.7200","shortAccount":"0.2800","timestamp":"1767225600000"},
              {"symbol":"SOLUSDT","longShortRatio":"abc","longAccount":"0.7100","shortAccount":"0.2900","timestamp":"1767312000000"}
            ]
            """;
        var result = Rejected(Parse(json, "SOLUSDT.json", FormatIds.BinanceAccountsRatioJson), 3, "'abc' is not a number");
        Assert.Equal("longShortRatio", result.Errors[0].Column);
    }

    [Fact]
    public void Binance_ratio_inconsistent_with_its_shares_is_rejected()
    {
        const string json = """[{"symbol":"X","longShortRatio":"5.0","longAccount":"0.6","shortAccount":"0.4","timestamp":1767225600000}]""";
        Rejected(Parse(json, "x.json", FormatIds.BinanceAccountsRatioJson), 1, "is not longAccount / shortAccount");
    }

    [Fact]
    public void Binance_error_object_is_quoted_back()
    {
        const string json = """{"code":-1121,"msg":"Invalid symbol."}""";
        Rejected(Parse(json, "x.json", FormatIds.BinanceFundingRateJson), 1, "Invalid symbol.");
    }

    [Fact]
    public void Missing_key_is_named()
    {
        const string json = """[{"symbol":"BTCUSDT","fundingTime":1767225600000}]""";
        Rejected(Parse(json, "f.json", FormatIds.BinanceFundingRateJson), 1, "'fundingRate' is missing");
    }

    [Fact]
    public void Truncated_json_names_the_line()
    {
        const string json = "{\"prices\":[\n[1767225600000,1.0],\n[1767312000000,";
        Rejected(Parse(json, "bitcoin.json", FormatIds.CoinGeckoMarketChartJson), 3, "JSON");
    }

    [Fact]
    public void Conflicting_duplicate_timestamps_are_rejected()
    {
        const string json = """{"prices":[[1767225600000,1.0],[1767225600000,2.0]]}""";
        Rejected(Parse(json, "bitcoin.json", FormatIds.CoinGeckoMarketChartJson), 1, "duplicate");
        var same = Parse("""{"prices":[[1767225600000,1.0],[1767225600000,1.0]]}""", "bitcoin.json");
        Assert.True(same.IsAccepted, same.ToString());
    }

    [Fact]
    public void Negative_price_and_huge_number_are_rejected()
    {
        Rejected(Parse("""{"prices":[[1767225600000,-1.0]]}""", "bitcoin.json"), 1, "must be above zero");
        Rejected(Parse("""{"prices":[[1767225600000,1e999]]}""", "bitcoin.json"), 1, "finite");
    }

    [Fact]
    public void CryptoQuant_netflow_must_equal_inflow_minus_outflow()
    {
        const string json = """{"result":{"data":[{"date":"2026-01-01","netflow_total":5,"inflow_total":10,"outflow_total":2}]}}""";
        Rejected(Parse(json, "btc.json", FormatIds.CryptoQuantFlowJson), 1, "is not inflow");
    }

    [Fact]
    public void Html_where_json_was_expected_is_recognised() =>
        Rejected(Parse("<html><body>429 Too Many Requests</body></html>", "bitcoin.json", FormatIds.CoinGeckoMarketChartJson), 1, "HTML");

    [Fact]
    public void Json_with_a_byte_order_mark_parses()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"prices":[[1767225600000,1.5]]}""")).ToArray();
        var result = ParseBytes(bytes, "bitcoin.json");
        Assert.True(result.IsAccepted, result.ToString());
    }

    [Fact]
    public void A_json_document_given_to_a_csv_format_is_named()
    {
        Rejected(Parse("""{"prices":[[1767225600000,1.5]]}""", "x.csv", FormatIds.YahooCsv), 1, "this is JSON");
    }
}
