using System.Text;
using AltSeason.Ingestion.Formats.Parsing;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Malformed;

public class MalformedCsvTests
{
    const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    static ParseResult Yahoo(params string[] rows) => Parse(string.Join('\n', [Header, .. rows]), "^RUT.csv", FormatIds.YahooCsv);

    [Fact]
    public void Missing_or_renamed_column_is_named_with_the_header_found()
    {
        var result = Parse("Date,Open,High,Low,Closing Price,Volume\n2026-01-02,1,2,1,2,0\n", "^RUT.csv", FormatIds.YahooCsv);
        Rejected(result, 1, "missing column 'Close'");
        Assert.Contains("'Closing Price'", result.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unparsable_number_names_line_and_column()
    {
        var result = Rejected(Yahoo("2026-01-02,1,2,1,2,2,0", "2026-01-05,1,2,1,abc,2,0"), 3, "'abc' is not a number");
        Assert.Equal("Close", result.Errors[0].Column);
        Assert.Equal("^RUT.csv:3: Close: 'abc' is not a number", result.Errors[0].ToString());
    }

    [Theory]
    [InlineData("NaN", "NaN is not a value")]
    [InlineData("Infinity", "infinite")]
    [InlineData("-1e400", "infinite")]
    [InlineData("0", "must be above zero")]
    [InlineData("-5.2", "must be above zero")]
    public void Non_finite_and_non_positive_prices_are_rejected(string close, string reason) =>
        Rejected(Yahoo($"2026-01-02,1,2,1,{close},2,0"), 2, reason);

    [Fact]
    public void Negative_volume_is_rejected() => Rejected(Yahoo("2026-01-02,1,2,1,2,2,-3"), 2, "volume cannot be negative");

    [Fact]
    public void High_below_low_is_rejected() => Rejected(Yahoo("2026-01-02,1,1,2,1.5,1.5,0"), 2, "is below low");

    [Fact]
    public void Conflicting_duplicate_date_names_both_lines_while_identical_ones_collapse()
    {
        Rejected(Yahoo("2026-01-02,1,2,1,2,2,0", "2026-01-02,1,2,1,2.5,2.5,0"), 3, "line 2 gave 2");
        var same = Yahoo("2026-01-02,1,2,1,2,2,0", "2026-01-02,1,2,1,2,2,0");
        Assert.True(same.IsAccepted, same.ToString());
        Assert.Equal(5, same.Batches[0].Rows.Count); // open, high, low, close, volume once
    }

    [Fact]
    public void Html_error_page_instead_of_csv_is_recognised()
    {
        const string html = "<!DOCTYPE html>\n<html><head><title>404</title></head><body>Not found</body></html>";
        Rejected(Parse(html, "^rut_d.csv", FormatIds.StooqCsv), 1, "HTML page");
        Rejected(Parse(html, "^rut_d.csv"), 1, "HTML page");
    }

    [Fact]
    public void Empty_and_blank_files_are_rejected()
    {
        Rejected(Parse("", "a.csv", FormatIds.YahooCsv), 1, "empty");
        Rejected(Parse("\n \n", "a.csv", FormatIds.YahooCsv), 1, "empty");
        Rejected(Parse(Header + "\n", "a.csv", FormatIds.YahooCsv), 1, "no data rows");
    }

    [Fact]
    public void Utf8_byte_order_mark_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\n2026-01-02,1,2,1,2,2,0\n")).ToArray();
        var result = ParseBytes(bytes, "^RUT.csv");
        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(FormatIds.YahooCsv, result.Format);
    }

    [Fact]
    public void Wrong_delimiter_is_named()
    {
        var result = Parse("Date;Open;High;Low;Close;Adj Close;Volume\n2026-01-02;1;2;1;2;2;0\n", "^RUT.csv", FormatIds.YahooCsv);
        Rejected(result, 1, "separated by ';', but this format expects ','");
    }

    [Fact]
    public void Short_row_and_bad_date_are_reported_on_their_lines()
    {
        var result = Yahoo("2026-01-02,1,2", "2026-13-45,1,2,1,2,2,0");
        Rejected(result, 2, "the row has 3 cells");
        Rejected(result, 3, "is not a date");
    }

    [Fact]
    public void All_row_errors_are_collected_up_to_the_cap()
    {
        var rows = Enumerable.Range(1, 500).Select(i => $"2026-01-02,1,2,1,x{i},2,0").ToArray();
        var result = Yahoo(rows);
        Assert.False(result.IsAccepted);
        Assert.Equal(ParseLimits.Default.MaxErrors, result.Errors.Count);
        Assert.True(result.ErrorsTruncated);
        Assert.Equal(Enumerable.Range(2, 100), result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Row_and_byte_limits_give_a_clear_error()
    {
        var rows = Enumerable.Range(0, 50).Select(i => $"{new DateOnly(2026, 1, 1).AddDays(i):yyyy-MM-dd},1,2,1,2,2,0");
        var text = string.Join('\n', [Header, .. rows]);
        Rejected(Parse(text, "^RUT.csv", FormatIds.YahooCsv, limits: new ParseLimits(MaxRows: 10)), 12, "more than 10 data rows");
        var longText = string.Join('\n', [Header, .. Enumerable.Range(0, 500)
            .Select(i => $"{new DateOnly(2020, 1, 1).AddDays(i):yyyy-MM-dd},1,2,1,2,2,0")]);
        var tooBig = Parse(longText, "^RUT.csv", FormatIds.YahooCsv, limits: new ParseLimits(MaxBytes: 5000));
        Assert.False(tooBig.IsAccepted);
        Assert.Contains("larger than the limit of 5000 bytes", tooBig.Errors[0].Reason, StringComparison.Ordinal);
        Rejected(Parse(text, "^RUT.csv", FormatIds.YahooCsv, limits: new ParseLimits(MaxBytes: 100)), 1, "larger than the limit");
    }

    [Fact]
    public void Fred_dot_is_missing_but_other_text_is_an_error() =>
        Rejected(Parse("observation_date,SP500\n2026-01-01,.\n2026-01-02,n.a.\n", "SP500.csv"), 3, "'n.a.' is not a number");

    [Fact]
    public void Unknown_format_and_invalid_override_are_typed_errors()
    {
        Rejected(Parse("a,b\n1,2\n", "x.csv"), 1, "format was not recognised");
        Rejected(Parse("a,b\n1,2\n", "x.csv", "excel"), 1, "unknown format 'excel'");
        Rejected(Parse(Header + "\n2026-01-02,1,2,1,2,2,0\n", "x.csv", seriesOverride: "Not A Series"), 1, "not a platform series name");
    }

    [Fact]
    public void Override_on_a_multi_series_file_is_rejected()
    {
        const string csv = "id,symbol,name,date,current_price,market_cap,total_volume\nbitcoin,btc,B,2026-01-01,1,1,1\ntether,usdt,T,2026-01-01,1,1,1\n";
        Rejected(Parse(csv, "m.csv", seriesOverride: "coin/x"), 1, "holds 2 series");
    }
}
