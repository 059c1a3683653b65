using System.Text;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Reading;

namespace AltSeason.Ingestion.Formats.Detection;

/// <summary>
/// Recognises a format from the file name and its first bytes: CSV by its header columns, JSON by the keys
/// each vendor uses. Returns null when unsure; the user can always name the format instead.
/// </summary>
public static class FormatDetector
{
    /// <summary>Bytes worth reading before calling <see cref="Detect"/>.</summary>
    public const int HeadLength = 4096;

    public static string? Detect(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var start = ContentSniffing.SkipBomAndSpace(head);
        if (start.IsEmpty || ContentSniffing.LooksLikeHtml(head)) return null;
        var text = Encoding.UTF8.GetString(start[..Math.Min(start.Length, HeadLength)]);
        return ContentSniffing.LooksLikeJson(start) ? DetectJson(fileName, text) : DetectCsv(text);
    }

    static string? DetectJson(string fileName, string text)
    {
        bool Has(string key) => text.Contains($"\"{key}\"", StringComparison.Ordinal);

        if (Has("chart") && (Has("result") || Has("error"))) return FormatIds.YahooChartJson;
        if (Has("prices") || Has("market_caps") || Has("total_volumes")) return FormatIds.CoinGeckoMarketChartJson;
        if (Has("market_cap_percentage") || Has("total_market_cap")) return FormatIds.CoinGeckoGlobalJson;
        if (Has("buySellRatio")) return FormatIds.BinanceTakerRatioJson;
        if (Has("fundingRate")) return FormatIds.BinanceFundingRateJson;
        if (Has("longShortRatio"))
            return fileName.Contains("position", StringComparison.OrdinalIgnoreCase)
                ? FormatIds.BinanceTopPositionsRatioJson
                : FormatIds.BinanceAccountsRatioJson;
        if (Has("netflow_total") || Has("inflow_total")) return FormatIds.CryptoQuantFlowJson;
        return null;
    }

    static string? DetectCsv(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = (end < 0 ? text : text[..end]).Replace("\"", "", StringComparison.Ordinal);
        var delimiter = header.Contains(';') && !header.Contains(',') ? ';' : ',';
        var columns = header.Split(delimiter).Select(c => c.Trim().ToLowerInvariant()).ToHashSet();
        bool Has(params string[] names) => names.All(columns.Contains);

        if (Has("date", "adj close", "close")) return FormatIds.YahooCsv;
        if (Has("observation_date") || (columns.Count >= 2 && header.StartsWith("DATE,", StringComparison.Ordinal)))
            return FormatIds.FredCsv;
        if (Has("timeopen", "close")) return FormatIds.CoinMarketCapHistoricalCsv;
        if (Has("total_market_cap", "btc_dominance")) return FormatIds.CoinMarketCapGlobalMetricsCsv;
        if (Has("netflow_total") || Has("inflow_total", "outflow_total")) return FormatIds.CryptoQuantFlowCsv;
        if (Has("id", "date", "current_price")) return FormatIds.CoinGeckoMarketsCsv;
        if (Has("date", "funding_mean")) return FormatIds.FundingDailyCsv;
        if (Has("date", "open", "high", "low", "close"))
            // Yahoo and Stooq capitalise; the reference shape (RUT.csv) is lower-case.
            return header.StartsWith("Date", StringComparison.Ordinal) ? FormatIds.StooqCsv : FormatIds.DailyBarsCsv;
        return null;
    }
}
