using System.Diagnostics;
using Microsoft.Playwright;

namespace AltSeason.Dashboard.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, headless; installed with apt-get first when it is missing.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await EnsureChromiumAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static async Task EnsureChromiumAsync()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        using var install = Process.Start(new ProcessStartInfo("apt-get", "install -y chromium") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = install.StandardError.ReadToEndAsync();
        await install.StandardOutput.ReadToEndAsync();
        await install.WaitForExitAsync();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing and `apt-get install -y chromium` did not provide it: {await error}");
        }
    }
}
