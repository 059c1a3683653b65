using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.TimeSeries;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Formats;

public class MacroAndGlobalTests
{
    [Fact]
    public void Fred_csv_treats_dot_as_missing_and_names_the_series_from_the_header()
    {
        const string fred = """
            observation_date,SP500
            2026-01-01,.
            2026-01-02,6858.47
            """;
        var result = Accepted(fred, "SP500.csv");
        Assert.Equal(FormatIds.FredCsv, result.Format);
        var batch = Assert.Single(result.Batches);
        Assert.Equal(SeriesNames.SP500, batch.Series);
        Assert.Equal(6858.47, Assert.Single(batch.Rows).Value);
    }

    [Fact]
    public void Fred_csv_with_an_unknown_series_asks_for_an_override()
    {
        const string fred = "observation_date,DGS10\n2026-01-02,4.1\n";
        Rejected(Parse(fred, "DGS10.csv"), 1, "series override");
        Assert.Equal("macro/dgs10", Accepted(fred, "DGS10.csv", seriesOverride: "macro/dgs10").Batches[0].Series);
    }

    [Fact]
    public void CoinMarketCap_historical_csv_is_semicolon_separated_and_quoted()
    {
        const string cmc = """
            timeOpen;timeClose;timeHigh;timeLow;name;open;high;low;close;volume;marketCap;timestamp
            "2026-01-01T00:00:00.000Z";"2026-01-01T23:59:59.999Z";"2026-01-01T12:00:00.000Z";"2026-01-01T03:00:00.000Z";"2781";87500.1;88900.5;87000.2;88700.9;31000000000;1770000000000;"2026-01-01T23:59:59.999Z"
            "2026-01-02T00:00:00.000Z";"2026-01-02T23:59:59.999Z";"2026-01-02T12:00:00.000Z";"2026-01-02T03:00:00.000Z";"2781";88700.9;90100.0;88100.0;89950.0;35000000000;1790000000000;"2026-01-02T23:59:59.999Z"
            """;
        var result = Accepted(cmc, "Bitcoin_1_1_2026-1_2_2026_historical_data_coinmarketcap.csv");
        Assert.Equal(FormatIds.CoinMarketCapHistoricalCsv, result.Format);
        Assert.Equal(89950.0, result.Value(SeriesNames.Coin("bitcoin"), "2026-01-02", Fields.Price));
        Assert.Equal(1.79e12, result.Value(SeriesNames.Coin("bitcoin"), "2026-01-02", Fields.MarketCapUsd));
    }

    [Fact]
    public void CoinMarketCap_global_metrics_snapshot_after_midnight_belongs_to_the_previous_day()
    {
        const string csv = """
            total_market_cap,btc_dominance,eth_dominance,altcoin_market_cap,stablecoin_market_cap,date
            3019069391515.34,64.41,7.31,1074553975452.66,226251793977.93,2025-05-08 01:45:07
            3216774448504.28,63.47,8.25,1175189916809.64,226314805617.71,2025-05-09 01:44:31
            """;
        var result = Accepted(csv, "global.csv");
        Assert.Equal(FormatIds.CoinMarketCapGlobalMetricsCsv, result.Format);
        Assert.Equal(64.41, result.Value(SeriesNames.CryptoGlobal, "2025-05-07", Fields.BtcDominancePercent));
        Assert.Equal(3216774448504.28, result.Value(SeriesNames.CryptoGlobal, "2025-05-08", Fields.TotalMarketCapUsd));
        Assert.All(result.Batches[0].Rows, r => Assert.Equal(TimeSpan.Zero, r.TimestampUtc.TimeOfDay));
    }

    [Fact]
    public void CoinMarketCap_global_metrics_may_use_semicolons()
    {
        const string csv = "total_market_cap;btc_dominance;date\n3019069391515.34;64.41;2025-05-08 01:45:07\n";
        Assert.Equal(64.41, Accepted(csv, "global.csv", FormatIds.CoinMarketCapGlobalMetricsCsv)
            .Value(SeriesNames.CryptoGlobal, "2025-05-07", Fields.BtcDominancePercent));
    }

    [Fact]
    public void CoinGecko_global_snapshot_reads_nested_usd_values()
    {
        const string json = """
            {"data":{"active_cryptocurrencies":17000,"total_market_cap":{"btc":33000000,"usd":3100000000000},
             "total_volume":{"usd":95000000000},"market_cap_percentage":{"btc":58.9,"eth":11.2},
             "market_cap_change_percentage_24h_usd":1.2,"updated_at":1767319200}}
            """;
        var result = Accepted(json, "global.json");
        Assert.Equal(FormatIds.CoinGeckoGlobalJson, result.Format);
        // 1767319200 is 2026-01-02 02:00 UTC: the snapshot of 2026-01-01's close.
        Assert.Equal(58.9, result.Value(SeriesNames.CryptoGlobal, "2026-01-01", Fields.BtcDominancePercent));
        Assert.Equal(3.1e12, result.Value(SeriesNames.CryptoGlobal, "2026-01-01", Fields.TotalMarketCapUsd));
    }
}
