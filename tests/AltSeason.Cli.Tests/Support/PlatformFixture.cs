using AltSeason.TestPlatform;

namespace AltSeason.Cli.Tests.Support;

/// <summary>One test platform for a test class; the CLI finds it through the environment contract.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private TestPlatformHost? _host;

    public TestPlatformHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(Host.Environment, args);

    public async Task InitializeAsync() => _host = await TestPlatformHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
