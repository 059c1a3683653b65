using System.Text;
using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Tests;

/// <summary>Parses inline samples and asserts acceptance or a specific rejection.</summary>
static class ParseHelper
{
    public static ParseResult Parse(string text, string fileName, string? format = null, ColumnMapping? mapping = null,
        string? seriesOverride = null, ParseLimits? limits = null) =>
        ParseBytes(Encoding.UTF8.GetBytes(text), fileName, format, mapping, seriesOverride, limits);

    public static ParseResult ParseBytes(byte[] bytes, string fileName, string? format = null, ColumnMapping? mapping = null,
        string? seriesOverride = null, ParseLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return Parsers.ParseAsync(stream, new ParseRequest
        {
            FileName = fileName, Format = format, ColumnMapping = mapping, SeriesOverride = seriesOverride,
            Limits = limits ?? ParseLimits.Default,
        }).GetAwaiter().GetResult();
    }

    public static ParseResult Accepted(string text, string fileName, string? format = null, ColumnMapping? mapping = null,
        string? seriesOverride = null)
    {
        var result = Parse(text, fileName, format, mapping, seriesOverride);
        Assert.True(result.IsAccepted, result.ToString());
        return result;
    }

    /// <summary>Asserts the file is rejected whole and one error names <paramref name="line"/> and contains <paramref name="reason"/>.</summary>
    public static ParseResult Rejected(ParseResult result, int line, string reason)
    {
        Assert.False(result.IsAccepted, "expected a rejection, but the file was accepted");
        Assert.Empty(result.Batches);
        Assert.Contains(result.Errors, e => e.Line == line && e.Reason.Contains(reason, StringComparison.OrdinalIgnoreCase));
        Assert.All(result.Errors, e => Assert.StartsWith($"{result.FileName}:{e.Line}: ", e.ToString(), StringComparison.Ordinal));
        return result;
    }

    public static double Value(this ParseResult result, string series, string date, string field)
    {
        var batch = Assert.Single(result.Batches, b => b.Series == series);
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return Assert.Single(batch.Rows, r => r.Date == day && r.Field == field).Value;
    }
}
