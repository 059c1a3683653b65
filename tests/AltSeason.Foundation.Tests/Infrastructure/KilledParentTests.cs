using System.Diagnostics;
using System.Text.Json;
using AltSeason.LocalInfrastructure;

namespace AltSeason.Foundation.Tests.Infrastructure;

public sealed class KilledParentTests
{
    sealed record Ports(int Postgres, int RabbitMq, int Epmd);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Servers_die_with_a_parent_killed_by_SIGKILL()
    {
        var dir = RepositoryPaths.DataFolder(Path.Combine("tests", "killed-" + Guid.NewGuid().ToString("N")[..12]));
        var portsFile = Path.Combine(Path.GetTempPath(), "altseason-ports-" + Guid.NewGuid().ToString("N"));
        // Run the AppHost from its own output folder, with its own dependencies, as a user would.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var appHost = Path.Combine(RepositoryPaths.FindRoot()!, "AppHost", "bin", configuration, "net10.0", "AltSeason.AppHost.dll");
        using var parent = Process.Start(new ProcessStartInfo("dotnet", [appHost, "infra", "--data-dir", dir, "--ports-file", portsFile])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        })!;

        var ports = await WaitForPortsAsync(portsFile, parent, TimeSpan.FromSeconds(90));
        Assert.True(LocalServersTests.PortAnswers(ports.Postgres));
        Assert.True(LocalServersTests.PortAnswers(ports.RabbitMq));

        parent.Kill(entireProcessTree: false); // SIGKILL: the parent gets no chance to stop anything itself.
        await parent.WaitForExitAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && new[] { ports.Postgres, ports.RabbitMq, ports.Epmd }.Any(LocalServersTests.PortAnswers))
            await Task.Delay(250);
        Assert.False(LocalServersTests.PortAnswers(ports.Postgres), "PostgreSQL outlived its killed parent");
        Assert.False(LocalServersTests.PortAnswers(ports.RabbitMq), "RabbitMQ outlived its killed parent");
        Assert.False(LocalServersTests.PortAnswers(ports.Epmd), "epmd outlived its killed parent");
        File.Delete(portsFile);
        Directory.Delete(dir, recursive: true);
    }

    static async Task<Ports> WaitForPortsAsync(string file, Process parent, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(file))
                return JsonSerializer.Deserialize<Ports>(await File.ReadAllTextAsync(file), Json)!;
            Assert.False(parent.HasExited, "the AppHost 'infra' process exited before starting the servers");
            await Task.Delay(200);
        }
        throw new TimeoutException("The servers did not start within " + timeout);
    }
}
