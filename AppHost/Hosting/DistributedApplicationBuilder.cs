using AltSeason.LocalInfrastructure;

namespace AltSeason.AppHost.Hosting;

/// <summary>
/// The application model, written the way an Aspire AppHost reads (AddPostgres, AddRabbitMQ, AddProject,
/// WithReference, WaitFor) so moving to Aspire.Hosting, once the feed serves it, is a change of using-directives.
/// </summary>
public sealed class DistributedApplicationBuilder
{
    readonly List<IResource> _resources = [];
    readonly LocalServersHost _servers;
    readonly int[] _ports;
    int _nextPort;

    DistributedApplicationBuilder(string[] args, DistributedApplicationOptions options)
    {
        Args = args;
        DataDirectory = options.DataDirectory ?? Environment.GetEnvironmentVariable("ALTSEASON_DATA") ?? RepositoryPaths.DataFolder("apphost");
        Log.Quiet = options.QuietServices;
        _servers = new LocalServersHost(DataDirectory, options.Durable);
        _ports = FreePorts.Pick(20);
    }

    public string[] Args { get; }
    public string DataDirectory { get; }
    public ConsoleLog Log { get; } = new();

    public static DistributedApplicationBuilder CreateBuilder(string[] args, DistributedApplicationOptions? options = null) =>
        new(args, options ?? new DistributedApplicationOptions());

    public PostgresResource AddPostgres(string name) => Add(new PostgresResource(name, _servers, Add));

    public RabbitMqResource AddRabbitMQ(string name) => Add(new RabbitMqResource(name, _servers));

    /// <param name="projectDirectory">The project's folder relative to the repository root.</param>
    public ProjectResource AddProject(string name, string projectDirectory) =>
        Add(new ProjectResource(name, projectDirectory, _ports[_nextPort++], _ports[_nextPort++]));

    public DistributedApplication Build() => new(_resources, _servers, Log);

    T Add<T>(T resource) where T : IResource
    {
        if (_resources.Any(r => r.Name == resource.Name))
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        _resources.Add(resource);
        return resource;
    }
}
