using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.TimeSeries;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Formats;

public class YahooAndStooqTests
{
    const string YahooCsv = """
        Date,Open,High,Low,Close,Adj Close,Volume
        2026-01-02,2481.9,2501.2,2470.0,2498.5,2498.5,0
        2026-01-05,null,null,null,null,null,null
        2026-01-06,2498.5,2530.1,2490.2,2525.0,2525.0,3100000000
        """;

    [Fact]
    public void Yahoo_csv_takes_the_series_from_the_file_name_and_skips_null_rows()
    {
        var result = Accepted(YahooCsv, "^RUT.csv");
        Assert.Equal(FormatIds.YahooCsv, result.Format);
        var batch = Assert.Single(result.Batches);
        Assert.Equal(SeriesNames.Russell2000, batch.Series);
        Assert.Equal(2525.0, result.Value(SeriesNames.Russell2000, "2026-01-06", Fields.Close));
        Assert.DoesNotContain(batch.Rows, r => r.Date == new DateOnly(2026, 1, 5));
        Assert.Equal(2 * 5, batch.Rows.Count);
        Assert.Equal(3, result.RowCount);
    }

    [Fact]
    public void Rows_are_ordered_by_time_then_field()
    {
        var batch = Accepted(YahooCsv, "^GSPC.csv").Batches[0];
        Assert.Equal(SeriesNames.SP500, batch.Series);
        var keys = batch.Rows.Select(r => (r.TimestampUtc, r.Field)).ToArray();
        Assert.Equal(keys.OrderBy(k => k.TimestampUtc).ThenBy(k => k.Field, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Series_override_renames_a_single_series_file()
    {
        var result = Accepted(YahooCsv, "download.csv", seriesOverride: "equity/iwm");
        Assert.Equal("equity/iwm", Assert.Single(result.Batches).Series);
    }

    [Fact]
    public void Stooq_csv_reads_index_bars_without_volume()
    {
        const string stooq = """
            Date,Open,High,Low,Close
            2026-01-02,2481.9,2501.2,2470.0,2498.5
            2026-01-05,2498.5,2511.0,2480.1,2505.7
            """;
        var result = Accepted(stooq, "^rut_d.csv");
        Assert.Equal(FormatIds.StooqCsv, result.Format);
        Assert.Equal(2505.7, result.Value(SeriesNames.Russell2000, "2026-01-05", Fields.Close));
    }

    [Fact]
    public void Yahoo_chart_json_dates_bars_by_exchange_session_and_skips_nulls()
    {
        // 2026-01-02 14:30 UTC and 2026-01-05 14:30 UTC; New York is UTC-5 in January.
        const string json = """
            {"chart":{"result":[{"meta":{"symbol":"^RUT","gmtoffset":-18000},
              "timestamp":[1767364200,1767623400,1767709800],
              "indicators":{"quote":[{"open":[2481.9,null,2500],"high":[2501.2,null,2531],"low":[2470.0,null,2490],
                "close":[2498.5,null,2525.0],"volume":[0,null,3100000000]}],"adjclose":[{"adjclose":[2498.5,null,2525.0]}]}}],
              "error":null}}
            """;
        var result = Accepted(json, "chart.json");
        Assert.Equal(FormatIds.YahooChartJson, result.Format);
        Assert.Equal(2498.5, result.Value(SeriesNames.Russell2000, "2026-01-02", Fields.Close));
        Assert.Equal(2525.0, result.Value(SeriesNames.Russell2000, "2026-01-06", Fields.Close));
        Assert.Equal(2, result.Batches[0].Rows.Select(r => r.Date).Distinct().Count());
    }

    [Fact]
    public void Yahoo_chart_error_response_is_quoted_back()
    {
        const string json = """{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}""";
        Rejected(Parse(json, "chart.json", FormatIds.YahooChartJson), 1, "Not Found");
    }
}
