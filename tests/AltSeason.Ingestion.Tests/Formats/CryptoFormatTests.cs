using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.TimeSeries;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Formats;

public class CryptoFormatTests
{
    [Fact]
    public void CoinGecko_market_chart_keeps_the_latest_point_of_each_date_and_drops_zero_market_caps()
    {
        // 2026-01-01 00:00, 2026-01-02 00:00 and a trailing "now" point at 2026-01-02 13:00.
        const string json = """
            {"prices":[[1767225600000,87500.5],[1767312000000,88000.0],[1767358800000,89000.0]],
             "market_caps":[[1767225600000,0],[1767312000000,1.75e12],[1767358800000,1.77e12]],
             "total_volumes":[[1767225600000,3.1e10],[1767312000000,3.3e10],[1767358800000,3.0e10]]}
            """;
        var result = Accepted(json, "bitcoin.json");
        Assert.Equal(FormatIds.CoinGeckoMarketChartJson, result.Format);
        var coin = SeriesNames.Coin("bitcoin");
        Assert.Equal(89000.0, result.Value(coin, "2026-01-02", Fields.Price));
        Assert.Equal(1.77e12, result.Value(coin, "2026-01-02", Fields.MarketCapUsd));
        Assert.DoesNotContain(result.Batches[0].Rows, r => r.Date == new DateOnly(2026, 1, 1) && r.Field == Fields.MarketCapUsd);
    }

    [Fact]
    public void CoinGecko_market_chart_accepts_second_timestamps()
    {
        const string json = """{"prices":[[1767225600,87500.5],[1767312000,88000.0]]}""";
        var result = Accepted(json, "ethereum_market_chart.json");
        Assert.Equal(88000.0, result.Value(SeriesNames.Coin("ethereum"), "2026-01-02", Fields.Price));
    }

    [Fact]
    public void Binance_account_ratio_reads_numbers_sent_as_strings()
    {
        const string json = """
            [{"symbol":"SOLUSDT","longShortRatio":"2.5714","longAccount":"0.7200","shortAccount":"0.2800","timestamp":"1767225600000"},
             {"symbol":"SOLUSDT","longShortRatio":"2.4483","longAccount":"0.7100","shortAccount":"0.2900","timestamp":1767312000000}]
            """;
        var result = Accepted(json, "SOLUSDT_globalLongShortAccountRatio.json");
        Assert.Equal(FormatIds.BinanceAccountsRatioJson, result.Format);
        var series = SeriesNames.LongShort("SOLUSDT", LongShortKinds.Accounts);
        Assert.Equal(2.5714, result.Value(series, "2026-01-01", Fields.LongShortRatio));
        Assert.Equal(0.71, result.Value(series, "2026-01-02", Fields.LongShare));
    }

    [Fact]
    public void Binance_top_position_ratio_is_told_apart_by_file_name()
    {
        const string json = """[{"symbol":"BTCUSDT","longShortRatio":"1.4342","longAccount":"0.5892","shortAccount":"0.4108","timestamp":"1767225600000"}]""";
        var result = Accepted(json, "BTCUSDT_topLongShortPositionRatio.json");
        Assert.Equal(SeriesNames.LongShort("btcusdt", LongShortKinds.TopTraderPositions), result.Batches[0].Series);
    }

    [Fact]
    public void Binance_taker_ratio_takes_the_symbol_from_the_file_name()
    {
        const string json = """[{"buySellRatio":"1.5586","buyVol":"387.3300","sellVol":"248.5030","timestamp":"1767225600000"}]""";
        var result = Accepted(json, "ETHUSDT_takerlongshortRatio.json");
        Assert.Equal(FormatIds.BinanceTakerRatioJson, result.Format);
        var series = SeriesNames.LongShort("ethusdt", LongShortKinds.TakerVolume);
        Assert.Equal(1.5586, result.Value(series, "2026-01-01", Fields.LongShortRatio));
        Assert.Equal(387.33 / (387.33 + 248.503), result.Value(series, "2026-01-01", Fields.LongShare), 12);
    }

    [Fact]
    public void Binance_funding_infers_the_interval_and_keeps_intraday_times()
    {
        const string json = """
            [{"symbol":"BTCUSDT","fundingTime":1767225600000,"fundingRate":"0.00010000","markPrice":"87500.10000000"},
             {"symbol":"BTCUSDT","fundingTime":1767240000000,"fundingRate":"-0.00002500","markPrice":""},
             {"symbol":"BTCUSDT","fundingTime":1767254400000,"fundingRate":"0.00005000","markPrice":"88000.00000000"}]
            """;
        var result = Accepted(json, "funding.json");
        Assert.Equal(FormatIds.BinanceFundingRateJson, result.Format);
        var batch = Assert.Single(result.Batches);
        Assert.Equal(SeriesNames.Funding("BTCUSDT"), batch.Series);
        Assert.All(batch.Rows.Where(r => r.Field == Fields.FundingIntervalHours), r => Assert.Equal(4, r.Value));
        Assert.Contains(batch.Rows, r => r.Field == Fields.FundingRate && r.Value == -0.000025 && r.TimestampUtc.Hour == 4);
        Assert.Equal(2, batch.Rows.Count(r => r.Field == Fields.MarkPrice));
    }

    [Fact]
    public void CryptoQuant_flows_parse_from_csv_and_from_wrapped_json()
    {
        const string csv = """
            date,netflow_total,inflow_total,outflow_total
            2026-01-01,-1250.5,20100.25,21350.75
            2026-01-02,830.0,19000.0,18170.0
            """;
        var fromCsv = Accepted(csv, "btc_exchange_flows.csv");
        Assert.Equal(FormatIds.CryptoQuantFlowCsv, fromCsv.Format);
        Assert.Equal(-1250.5, fromCsv.Value(SeriesNames.Netflow("btc"), "2026-01-01", Fields.Netflow));

        const string json = """
            {"status":{"code":200,"message":"success"},"result":{"window":"DAY","data":[
              {"date":"2026-01-01","netflow_total":-1250.5,"inflow_total":20100.25,"outflow_total":21350.75},
              {"date":"2026-01-02","netflow_total":830.0,"inflow_total":19000.0,"outflow_total":18170.0}]}}
            """;
        var fromJson = Accepted(json, "btc_exchange_flows.json");
        Assert.Equal(FormatIds.CryptoQuantFlowJson, fromJson.Format);
        Assert.Equal(fromCsv.Batches[0].Rows, fromJson.Batches[0].Rows);
    }

    [Fact]
    public void CoinGecko_markets_preset_gives_one_series_per_coin()
    {
        const string csv = """
            id,symbol,name,date,current_price,market_cap,total_volume,price_change_percentage_24h_in_currency
            bitcoin,btc,Bitcoin,2026-01-01,87500.5,1750000000000,31000000000,
            tether,usdt,Tether,2026-01-01,1.0002,186000000000,90000000000,0.01
            binance-bridged-usdt-bnb-smart-chain,bsc-usd,Binance Bridged USDT,2026-01-01,0.9991,0.0,1100000000,
            """;
        var result = Accepted(csv, "markets.csv");
        Assert.Equal(FormatIds.CoinGeckoMarketsCsv, result.Format);
        Assert.Equal(["coin/binance-bridged-usdt-bnb-smart-chain", "coin/bitcoin", "coin/tether"], result.Batches.Select(b => b.Series));
        Assert.DoesNotContain(result.Batches[0].Rows, r => r.Field == Fields.MarketCapUsd);
    }
}
