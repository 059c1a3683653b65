using AltSeason.Ingestion.Formats.Detection;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Testing;
using AltSeason.TimeSeries;

namespace AltSeason.Ingestion.Tests.Reference;

/// <summary>The real files in shared/data/reference parse whole, detected by their shape; missing files fail loudly.</summary>
public class ReferenceDataTests
{
    static async Task<ParseResult> ParseReference(string fileName)
    {
        var path = ReferenceData.PathOf(fileName);
        await using var stream = File.OpenRead(path);
        var result = await Parsers.ParseAsync(stream, new ParseRequest { FileName = fileName });
        Assert.True(result.IsAccepted, result.ToString());
        return result;
    }

    [Theory]
    [InlineData("RUT.csv", SeriesNames.Russell2000)]
    [InlineData("SPX.csv", SeriesNames.SP500)]
    public async Task Index_bars_give_2552_sessions(string file, string series)
    {
        var result = await ParseReference(file);
        Assert.Equal(FormatIds.DailyBarsCsv, result.Format);
        Assert.Equal(2552, result.RowCount);
        var batch = Assert.Single(result.Batches);
        Assert.Equal(series, batch.Series);
        Assert.Equal(2552, DailySeries.FromObservations(batch.Rows, Fields.Close).Count);
        Assert.Equal(new DateOnly(2026, 8, 21), batch.Rows[^1].Date);
    }

    [Fact]
    public async Task CoinMarketCap_global_snapshots_map_to_the_previous_day()
    {
        var result = await ParseReference("cmc_global.csv");
        Assert.Equal(FormatIds.CoinMarketCapGlobalMetricsCsv, result.Format);
        Assert.Equal(471, result.RowCount);
        var total = DailySeries.FromObservations(result.Batches[0].Rows, Fields.TotalMarketCapUsd);
        Assert.Equal(471, total.Count);
        // First snapshot 2025-05-08 01:45 UTC → 2025-05-07; last 2026-08-22 01:18 → 2026-08-21.
        Assert.Equal(new DateOnly(2025, 5, 7), total.DateAt(0));
        Assert.Equal(new DateOnly(2026, 8, 21), total.DateAt(total.Count - 1));
        Assert.Equal(-1, total.IndexOf(new DateOnly(2026, 3, 18))); // the 2026-03-19 snapshot is missing
    }

    [Fact]
    public async Task CoinGecko_markets_give_one_series_per_coin()
    {
        var result = await ParseReference("coingecko_markets.csv");
        Assert.Equal(FormatIds.CoinGeckoMarketsCsv, result.Format);
        Assert.Equal(22979, result.RowCount);
        Assert.Equal(50, result.Batches.Count);
        var universe = File.ReadLines(ReferenceData.PathOf("universe_top50_dec01_2025.csv")).Skip(1)
            .Select(l => SeriesNames.Coin(l.Split(',')[0])).Order(StringComparer.Ordinal);
        Assert.Equal(universe, result.Batches.Select(b => b.Series));
        Assert.Equal(22979, result.Batches.Sum(b => b.Rows.Count(r => r.Field == Fields.Price)));
    }

    [Fact]
    public async Task Btc_funding_daily_is_an_8_hour_funding_series()
    {
        var result = await ParseReference("btc_funding_daily.csv");
        Assert.Equal(FormatIds.FundingDailyCsv, result.Format);
        Assert.Equal(2348, result.RowCount);
        var batch = Assert.Single(result.Batches);
        Assert.Equal(SeriesNames.Funding("btcusdt"), batch.Series);
        Assert.All(batch.Rows.Where(r => r.Field == Fields.FundingIntervalHours), r => Assert.Equal(8, r.Value));
    }

    [Fact]
    public void Detection_recognises_every_reference_shape()
    {
        string? Detect(string file)
        {
            var bytes = File.ReadAllBytes(ReferenceData.PathOf(file));
            return FormatDetector.Detect(file, bytes.AsSpan(0, Math.Min(bytes.Length, FormatDetector.HeadLength)));
        }
        Assert.Equal(FormatIds.DailyBarsCsv, Detect("SPX.csv"));
        Assert.Equal(FormatIds.CoinMarketCapGlobalMetricsCsv, Detect("cmc_global.csv"));
        Assert.Equal(FormatIds.CoinGeckoMarketsCsv, Detect("coingecko_markets.csv"));
        Assert.Equal(FormatIds.FundingDailyCsv, Detect("btc_funding_daily.csv"));
    }
}
