using AltSeason.LocalInfrastructure;

namespace AltSeason.Bench.Backfill;

/// <summary>
/// The AppHost runs whatever service assemblies are on disk: a service built before the latest source change would
/// measure old code (it happened: a fixed quadratic path still showed up). Say so before measuring; in a tree others
/// edit at the same time a newer source may be unrelated, so it is a warning, not a refusal.
/// </summary>
public static class StaleBuild
{
    static readonly string[] SourceFolders = ["services", "building-blocks", "contracts", "ServiceDefaults"];

    public static void WarnIfStale(IReadOnlyDictionary<string, string> assemblyByService)
    {
        ArgumentNullException.ThrowIfNull(assemblyByService);
        if (RepositoryPaths.FindRoot() is not { } root) return;
        var newest = SourceFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: f, Written: File.GetLastWriteTimeUtc(f)))
            .MaxBy(f => f.Written);
        var stale = assemblyByService.Where(s => File.Exists(s.Value) && File.GetLastWriteTimeUtc(s.Value) < newest.Written).Select(s => s.Key).ToList();
        if (stale.Count > 0)
            Console.WriteLine(
                $"WARNING: {string.Join(", ", stale)} built before {Path.GetRelativePath(root, newest.Path)} last changed: build the services in Release first " +
                "(dotnet build -c Release on each service project, or bench/run.sh).");
    }
}
