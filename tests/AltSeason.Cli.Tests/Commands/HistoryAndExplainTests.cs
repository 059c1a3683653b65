using AltSeason.Cli.Tests.Support;
using AltSeason.TestPlatform;

namespace AltSeason.Cli.Tests.Commands;

public sealed class HistoryAndExplainTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task History_json_has_every_scored_date_in_the_range_in_order()
    {
        var result = await platform.RunAsync("history", "--from", "2026-01-06", "--to", "2026-01-20", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var expected = TestData.ScoreDates.Where(d => d >= new DateOnly(2026, 1, 6) && d <= new DateOnly(2026, 1, 20)).ToList();
        var dates = result.Json.AsArray().Select(s => new DateOnly(
            s!["asOf"]!["year"]!.GetValue<int>(), s["asOf"]!["month"]!.GetValue<int>(), s["asOf"]!["day"]!.GetValue<int>())).ToList();
        Assert.Equal(expected, dates);
    }

    [Fact]
    public async Task History_draws_a_chart_with_one_bar_per_date()
    {
        var result = await platform.RunAsync("history", "--from", "2026-01-05", "--to", "2026-01-09");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        foreach (var day in new[] { "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09" })
        {
            Assert.Contains(day, result.Output);
        }

        Assert.Contains("5 dates", result.Output);
        Assert.Contains("█", result.Output);
    }

    [Fact]
    public async Task History_with_from_after_to_is_a_usage_error()
    {
        var result = await platform.RunAsync("history", "--from", "2026-02-01", "--to", "2026-01-01");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("after", result.Error);
    }

    [Fact]
    public async Task History_needs_both_ends()
    {
        var result = await platform.RunAsync("history", "--from", "2026-02-01");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--to", result.Error);
    }

    [Fact]
    public async Task Explain_json_lists_contributions_largest_first_and_they_add_up_to_the_score()
    {
        var result = await platform.RunAsync("explain", "2026-01-12", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var points = result.Json["contributions"]!.AsArray().Select(c => c!["contributionPoints"]!.GetValue<double>()).ToList();
        Assert.Equal(points.OrderByDescending(p => p), points);
        Assert.Equal(result.Json["evaluation"]!["scorePoints"]!.GetValue<double>(), points.Sum(), 9);
    }

    [Fact]
    public async Task Explain_table_shows_reasons_and_signals()
    {
        var result = await platform.RunAsync("explain", "2026-01-12");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Contributions, largest first", result.Output);
        Assert.Contains("equities.input_0", result.Output);
        Assert.Contains($"equities_risk_on scored {TestData.SubScore(5, 0):0}", result.Output);
    }
}
