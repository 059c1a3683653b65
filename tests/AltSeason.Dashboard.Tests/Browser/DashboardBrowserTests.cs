using System.Globalization;
using AltSeason.Dashboard.Tests.Support;
using AltSeason.TestPlatform;
using Microsoft.Playwright;

namespace AltSeason.Dashboard.Tests.Browser;

public sealed class DashboardBrowserTests(DashboardHost host, BrowserFixture browser) : IClassFixture<DashboardHost>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_page_loads_without_console_errors_and_every_chart_has_its_points()
    {
        await using var dashboard = await DashboardPage.OpenAsync(browser.Browser, host.Address);

        Assert.Equal(Expected.Scores, await dashboard.PointsAsync("score-chart", 0));
        Assert.Equal(TestData.Components.Length, await dashboard.PointsAsync("components-chart", 1));
        Assert.Equal(Expected.EquityDates, await dashboard.PointsAsync("rs-chart", 0));
        Assert.Equal(Expected.EquityDates, await dashboard.PointsAsync("rs-chart", 1));
        Assert.Equal(Expected.EquityDates, await dashboard.PointsAsync("equity-crypto-chart", 0));
        Assert.Equal(Expected.EquityDates, await dashboard.PointsAsync("equity-crypto-chart", 1));
        Assert.Equal(Expected.Correlations, await dashboard.PointsAsync("equity-crypto-chart", 2));
        Assert.Equal(Expected.AltSeasonIndex, await dashboard.PointsAsync("asi-chart", 0));
        Assert.Equal(Expected.OnChainDates, await dashboard.PointsAsync("dominance-chart", 0));
        Assert.Equal(Expected.OnChainDates, await dashboard.PointsAsync("dominance-chart", 1));
        Assert.Contains("Outperformance streak", await dashboard.Page.TextContentAsync("#streak-note"));

        var screenshot = Path.Combine(RepositoryRoot.Path, "artifacts", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await dashboard.Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Selecting_a_date_shows_that_dates_components()
    {
        await using var dashboard = await DashboardPage.OpenAsync(browser.Browser, host.Address);
        var index = 7;
        var date = TestData.ScoreDates[index].ToString("yyyy-MM-dd");

        await dashboard.Page.SelectOptionAsync("#date-select", date);
        await dashboard.Page.WaitForSelectorAsync($"#components-note[data-date='{date}']");

        var rows = await dashboard.Page.Locator("#components-table tbody tr").AllAsync();
        Assert.Equal(TestData.Components.Length, rows.Count);
        var expected = TestData.Score(index);
        for (var k = 0; k < rows.Count; k++)
        {
            var cells = await rows[k].Locator("td").AllTextContentsAsync();
            var component = expected.Components[k];
            Assert.Equal(component.Name, cells[0]);
            Assert.Equal(component.Present ? component.SubScorePoints.ToString("0.00", CultureInfo.InvariantCulture) : "missing", cells[3]);
        }

        Assert.Empty(dashboard.Errors);
    }
}
