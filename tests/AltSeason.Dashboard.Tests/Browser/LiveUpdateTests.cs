using AltSeason.Dashboard.Tests.Support;
using AltSeason.Grpc.Contracts;
using AltSeason.TestPlatform;
using Microsoft.Playwright;

namespace AltSeason.Dashboard.Tests.Browser;

/// <summary>Its own host: publishing a new evaluation changes the data the other tests count.</summary>
public sealed class LiveUpdateTests(DashboardHost host, BrowserFixture browser) : IClassFixture<DashboardHost>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_new_evaluation_appears_without_a_reload()
    {
        await using var dashboard = await DashboardPage.OpenAsync(browser.Browser, host.Address);
        await dashboard.Page.WaitForSelectorAsync("#live-status[data-state='live']");
        await WaitUntilAsync(() => host.Platform.Scores.WatcherCount > 0);
        var navigations = 0;
        dashboard.Page.FrameNavigated += (_, _) => navigations++;

        var next = TestData.Score(TestData.ScoreDates.Count - 1);
        next.AsOf = new DateOnly(2026, 2, 16).ToMessage();
        next.ScorePoints = 88;
        next.Regime = "altcoin_season";
        host.Platform.Scores.Publish(next);

        await dashboard.Page.WaitForFunctionAsync($"() => window.altseasonDashboard.scores.length === {Expected.Scores + 1}");
        Assert.Equal(Expected.Scores + 1, await dashboard.PointsAsync("score-chart", 0));
        Assert.Contains("2026-02-16: 88.0 points, altcoin season", await dashboard.Page.TextContentAsync("#latest"));
        Assert.Equal("2026-02-16", await dashboard.Page.Locator("#date-select option").First.GetAttributeAsync("value"));
        Assert.Equal(0, navigations);
        Assert.Empty(dashboard.Errors);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The dashboard never subscribed to Scoring's WatchScores stream.");
            await Task.Delay(50);
        }
    }
}
