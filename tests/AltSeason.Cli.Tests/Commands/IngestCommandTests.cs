using AltSeason.Cli.Tests.Support;

namespace AltSeason.Cli.Tests.Commands;

public sealed class IngestCommandTests(PlatformFixture platform) : IClassFixture<PlatformFixture>, IDisposable
{
    private const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Yahoo(params string[] rows) => string.Join('\n', [Header, .. rows]) + "\n";

    [Fact]
    public async Task A_good_file_is_accepted_with_its_row_count_and_series()
    {
        var file = _folder.Write("^RUT.csv", Yahoo("2026-01-02,1,2,1,2,2,0", "2026-01-05,2,3,1.5,2.5,2.5,10", "2026-01-06,2,3,1.5,2.7,2.7,10"));

        var result = await platform.RunAsync("ingest", file, "--format", "yahoo-csv", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var report = result.Json["files"]![0]!;
        Assert.True(report["accepted"]!.GetValue<bool>());
        Assert.Equal("3", report["acceptedRows"]!.ToString());
        Assert.Equal(3, result.Json["acceptedRows"]!.GetValue<long>());
        Assert.Equal(0, result.Json["rejectedFiles"]!.GetValue<int>());
        Assert.NotEmpty(report["series"]!.AsArray());
    }

    [Fact]
    public async Task A_bad_file_is_rejected_with_line_and_reason_and_a_non_zero_exit_code()
    {
        var file = _folder.Write("^RUT.csv", Yahoo("2026-01-02,1,2,1,2,2,0", "2026-01-05,1,2,1,abc,2,0", "2026-01-06,1,2,1,2,2,-3"));

        var result = await platform.RunAsync("ingest", file, "--format", "yahoo-csv", "--json");

        Assert.Equal(ExitCodes.Rejected, result.ExitCode);
        var report = result.Json["files"]![0]!;
        Assert.False(report["accepted"]!.GetValue<bool>());
        var errors = report["errors"]!.AsArray().Select(e => (Line: e!["line"]!.ToString(), Reason: e["reason"]!.GetValue<string>())).ToList();
        Assert.Contains(errors, e => e.Line == "3" && e.Reason.Contains("'abc' is not a number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == "4" && e.Reason.Contains("volume cannot be negative", StringComparison.Ordinal));
        Assert.Equal(2, result.Json["rejectedRows"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_summary_tables_show_accepted_and_rejected_files_and_reasons()
    {
        _folder.Write("data/^RUT.csv", Yahoo("2026-01-02,1,2,1,2,2,0"));
        _folder.Write("data/^GSPC.csv", Yahoo("2026-01-02,1,2,1,NaN,2,0"));

        var result = await platform.RunAsync("ingest", Path.Combine(_folder.Path, "data"), "--format", "yahoo-csv");

        Assert.Equal(ExitCodes.Rejected, result.ExitCode);
        Assert.Contains("^RUT.csv", result.Output);
        Assert.Contains("^GSPC.csv", result.Output);
        Assert.Contains("accepted", result.Output);
        Assert.Contains("Rejected rows", result.Output);
        Assert.Contains("NaN is not a value", result.Output);
        Assert.Contains("1 of 2 file(s) rejected", result.Output);
    }

    [Fact]
    public async Task A_column_mapping_imports_any_csv()
    {
        var file = _folder.Write("custom.csv", "day,price\n2026-01-02,10.5\n2026-01-05,11\n");

        var result = await platform.RunAsync("ingest", file, "--map", "date=day,close=price", "--series", "equity/custom", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(2, result.Json["acceptedRows"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("close")]
    [InlineData("=Close")]
    [InlineData("date=")]
    public async Task A_malformed_mapping_is_a_usage_error(string map)
    {
        var file = _folder.Write("custom.csv", "day,price\n2026-01-02,10.5\n");

        var result = await platform.RunAsync("ingest", file, "--map", map);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--map '{map}'", result.Error);
    }

    [Fact]
    public async Task A_missing_path_is_named()
    {
        var missing = Path.Combine(_folder.Path, "nope.csv");

        var result = await platform.RunAsync("ingest", missing);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(missing, result.Error);
    }
}
