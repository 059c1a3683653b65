namespace AltSeason.LocalInfrastructure;

/// <summary>Locates the Debian-packaged server binaries, or explains which packages to install.</summary>
public static class ServerBinaries
{
    const string InstallHint =
        "Install them with: sudo apt-get install -y postgresql rabbitmq-server  (or run ./test.sh / ./run.sh, which do it as root).";

    public static string PostgresBinDirectory()
    {
        var candidates = new List<string>();
        var root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            // Prefer 15 (the platform's tested version), then the newest installed.
            candidates.Add(Path.Combine(root, "15", "bin"));
            candidates.AddRange(Directory.GetDirectories(root).OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")));
        }
        candidates.AddRange(PathDirectories());
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")) && File.Exists(Path.Combine(d, "initdb")))
            ?? throw new LocalInfrastructureException($"PostgreSQL server binaries (postgres, initdb) were not found in /usr/lib/postgresql/*/bin or on PATH. {InstallHint}");
    }

    public static string RabbitMqServer() =>
        FirstExisting("/usr/lib/rabbitmq/bin/rabbitmq-server", "/usr/sbin/rabbitmq-server")
        ?? throw new LocalInfrastructureException($"The RabbitMQ server (rabbitmq-server) was not found in /usr/lib/rabbitmq/bin or /usr/sbin. {InstallHint}");

    public static string Epmd() =>
        FirstExisting(["/usr/bin/epmd", .. Directory.Exists("/usr/lib/erlang")
            ? Directory.GetDirectories("/usr/lib/erlang", "erts-*").Select(d => Path.Combine(d, "bin", "epmd")) : []])
        ?? throw new LocalInfrastructureException($"Erlang's epmd was not found (it comes with rabbitmq-server). {InstallHint}");

    static string? FirstExisting(params string[] paths) => paths.FirstOrDefault(File.Exists);

    static string[] PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
}
