using AltSeason.LocalInfrastructure;

namespace AltSeason.AppHost.Hosting;

/// <summary>
/// A service run as its own process (<c>dotnet Service.dll</c>) with two endpoints, as Aspire gives a project:
/// <c>http</c> (HTTP/1.1 and HTTP/2: health, dashboard) and <c>grpc</c> (HTTP/2 only, so cleartext gRPC works).
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory, int httpPort, int grpcPort) : IResource
{
    readonly List<IResource> _waitsFor = [];
    readonly List<IResource> _references = [];
    readonly Dictionary<string, string> _environment = [];
    bool _tls;

    public string Name => name;
    public string Kind => "project";
    public ResourceState State { get; internal set; } = ResourceState.Pending;
    public IReadOnlyList<IResource> WaitsFor => _waitsFor;
    public IReadOnlyList<IResource> References => _references;
    public string HttpUrl => $"http://127.0.0.1:{httpPort}";
    public string GrpcUrl => $"{(_tls ? "https" : "http")}://127.0.0.1:{grpcPort}";
    public IEnumerable<string> Endpoints => [$"http {HttpUrl}", $"grpc {GrpcUrl}"];
    public int Restarts { get; internal set; }

    /// <summary>The service's compiled entry assembly, built by <c>dotnet build</c> with the AppHost's configuration.</summary>
    public string AssemblyPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
            var root = RepositoryPaths.FindRoot() ?? throw new InvalidOperationException("Run the AppHost from inside the repository.");
            var project = Path.GetFileName(projectDirectory);
            return Path.Combine(root, projectDirectory, "bin", configuration, "net10.0", project + ".dll");
        }
    }

    public ProjectResource WithReference(IResource resource)
    {
        _references.Add(resource);
        return this;
    }

    public ProjectResource WaitFor(IResource resource)
    {
        _waitsFor.Add(resource);
        return this;
    }

    /// <summary>
    /// Serves the grpc endpoint over TLS with <paramref name="certificate"/> (standard Kestrel certificate settings) and
    /// makes the service trust it on its calls to the others.
    /// </summary>
    public ProjectResource WithTls(ServiceDefaults.Tls.DevelopmentCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        _tls = true;
        _environment["Kestrel__Endpoints__grpc__Certificate__Path"] = certificate.PfxPath;
        _environment["Kestrel__Endpoints__grpc__Certificate__Password"] = certificate.Password;
        _environment["Tls__TrustedCertificatePath"] = certificate.PublicPemPath;
        return this;
    }

    public ProjectResource WithEnvironment(string key, string value)
    {
        _environment[key] = value;
        return this;
    }

    /// <summary>The environment contract of DESIGN.md, with Aspire's variable names.</summary>
    public Dictionary<string, string> BuildEnvironment()
    {
        var env = new Dictionary<string, string>(_environment)
        {
            ["OTEL_SERVICE_NAME"] = name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={name}-{Guid.NewGuid():N}",
            ["ASPNETCORE_ENVIRONMENT"] = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Development",
            // The service's own folder, as where it is deployed. It would default to the working directory (the
            // repository), and the configuration watcher watches its content root recursively: 1,500 inotify watches
            // over .data, where PostgreSQL's writes kept a thread of every service busy (6% of Scoring's CPU in a backfill).
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(Path.GetFullPath(AssemblyPath))!,
            ["Kestrel__Endpoints__http__Url"] = HttpUrl,
            ["Kestrel__Endpoints__grpc__Url"] = GrpcUrl,
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            // Request-by-request lines (every health probe) drown what matters on a shared console.
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss ",
        };
        var otlp = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (!string.IsNullOrEmpty(otlp)) env["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        foreach (var reference in _references)
        {
            switch (reference)
            {
                case IConnectionStringResource cs:
                    env[$"ConnectionStrings__{cs.Name}"] = cs.ConnectionString;
                    break;
                case ProjectResource project:
                    env[$"services__{project.Name}__http__0"] = project.HttpUrl;
                    env[$"services__{project.Name}__grpc__0"] = project.GrpcUrl;
                    break;
            }
        }
        return env;
    }
}
