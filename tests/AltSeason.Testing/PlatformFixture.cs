using AltSeason.AppHost;
using AltSeason.AppHost.Hosting;
using AltSeason.LocalInfrastructure;

namespace AltSeason.Foundation.Tests.Platform;

/// <summary>The real platform, as the AppHost runs it: two servers and five service processes.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    readonly string _dataDirectory = RepositoryPaths.DataFolder(Path.Combine("tests", "platform-" + Guid.NewGuid().ToString("N")[..12]));
    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = PlatformModel.Build(DistributedApplication.CreateBuilder([],
            new DistributedApplicationOptions { DataDirectory = _dataDirectory, Durable = false, QuietServices = true }));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await App.StartAsync(timeout.Token);
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}
