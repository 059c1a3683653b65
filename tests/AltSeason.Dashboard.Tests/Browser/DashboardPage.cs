using Microsoft.Playwright;

namespace AltSeason.Dashboard.Tests.Browser;

/// <summary>The dashboard open in a browser tab, collecting every console error and uncaught exception.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<DashboardPage> OpenAsync(IBrowser browser, Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1300 } });
        var dashboard = new DashboardPage(context, await context.NewPageAsync());
        await dashboard.Page.GotoAsync(address.ToString());
        await dashboard.Page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return dashboard;
    }

    /// <summary>Number of points in one dataset of the chart on a canvas.</summary>
    public Task<int> PointsAsync(string canvasId, int dataset) =>
        Page.EvaluateAsync<int>($"() => window.altseasonDashboard.charts && Object.values(window.altseasonDashboard.charts)"
            + $".find(c => c.canvas.id === '{canvasId}').data.datasets[{dataset}].data.length");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
