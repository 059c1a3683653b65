using AltSeason.Cli.Tests.Support;
using AltSeason.TestPlatform;

namespace AltSeason.Cli.Tests.Commands;

public sealed class ScoreCommandTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Json_score_of_a_date_round_trips_every_component()
    {
        var result = await platform.RunAsync("score", "--as-of", "2026-01-07", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var expected = TestData.Score(2);
        var json = result.Json;
        Assert.Equal(expected.ScorePoints, json["scorePoints"]!.GetValue<double>(), 9);
        Assert.Equal(expected.Regime, json["regime"]!.GetValue<string>());
        Assert.Equal(new { year = 2026, month = 1, day = 7 },
            new { year = json["asOf"]!["year"]!.GetValue<int>(), month = json["asOf"]!["month"]!.GetValue<int>(), day = json["asOf"]!["day"]!.GetValue<int>() });
        var components = json["components"]!.AsArray();
        Assert.Equal(expected.Components.Select(c => (c.Name, c.WeightPercent, c.SubScorePoints)),
            components.Select(c => (c!["name"]!.GetValue<string>(), c["weightPercent"]!.GetValue<double>(), c["subScorePoints"]!.GetValue<double>())));
    }

    [Fact]
    public async Task Table_shows_components_weights_and_regime()
    {
        var result = await platform.RunAsync("score", "--as-of", "2026-01-05");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var expected = TestData.Score(0);
        Assert.Contains("AltSeason score 2026-01-05", result.Output);
        Assert.Contains(expected.Regime.Replace('_', ' '), result.Output);
        foreach (var component in TestData.Components)
        {
            Assert.Contains(component.Name, result.Output);
        }

        // Index 0 is a date without on-chain flows: the table says so and names it as missing.
        Assert.Contains("missing", result.Output);
        Assert.Contains("Missing: onchain_flows", result.Output);
    }

    [Fact]
    public async Task Without_a_date_the_latest_score_is_shown()
    {
        var result = await platform.RunAsync("score", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var last = TestData.ScoreDates[^1];
        Assert.Equal(last.Day, result.Json["asOf"]!["day"]!.GetValue<int>());
        Assert.Equal(last.Month, result.Json["asOf"]!["month"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_date_never_scored_is_not_found_with_its_own_exit_code()
    {
        var result = await platform.RunAsync("score", "--as-of", "2025-06-01", "--json");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("2025-06-01", result.Json["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_model_is_reported()
    {
        var result = await platform.RunAsync("score", "--as-of", "2026-01-05", "--model", "v9");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("v9", result.Error);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    [InlineData("05/01/2026")]
    public async Task A_bad_date_is_a_usage_error_naming_the_option_and_text(string text)
    {
        var result = await platform.RunAsync("score", "--as-of", text);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--as-of '{text}'", result.Error);
    }
}
