using AltSeason.AppHost;
using AltSeason.AppHost.Hosting;
using AltSeason.AppHost.Security;
using AltSeason.Grpc;
using AltSeason.LocalInfrastructure;
using AltSeason.ServiceDefaults.Auth;
using Xunit;

namespace AltSeason.Testing;

/// <summary>
/// The real platform, as the AppHost runs it: two servers and five service processes, in a private data folder.
/// Needs the services built (the test command builds the whole solution first).
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    readonly string _dataDirectory = RepositoryPaths.DataFolder(Path.Combine("tests", "platform-" + Guid.NewGuid().ToString("N")[..12]));
    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The platform's private data folder, which holds its signing key.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>A token signed with this platform's key, e.g. <c>Token(PlatformScopes.ScoreRead)</c>.</summary>
    public string Token(params string[] scopes) => PlatformSecurity.Token(_dataDirectory, "test", scopes);

    /// <summary>Client options with a token for <paramref name="scopes"/> (every scope when none are given).</summary>
    public GrpcClientOptions ClientOptions(params string[] scopes) =>
        PlatformSecurity.ClientOptions(_dataDirectory, scopes.Length == 0 ? [.. PlatformScopes.All] : scopes);

    /// <summary>The AppHost's command line, e.g. <c>["--tls"]</c> for a platform serving gRPC over TLS with a dev certificate.</summary>
    protected virtual string[] AppHostArguments => [];

    /// <summary>False puts the services' own log lines on the console too (for tests that read them).</summary>
    protected virtual bool QuietServices => true;

    public virtual async Task InitializeAsync()
    {
        App = PlatformModel.Build(DistributedApplication.CreateBuilder(AppHostArguments,
            new DistributedApplicationOptions { DataDirectory = _dataDirectory, Durable = false, QuietServices = QuietServices }));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await App.StartAsync(timeout.Token);
    }

    public virtual async Task DisposeAsync()
    {
        await App.StopAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}
