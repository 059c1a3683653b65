namespace AltSeason.LocalInfrastructure;

/// <summary>Finds the repository root (the folder holding <c>AltSeason.Platform.sln</c>) from wherever a program runs.</summary>
public static class RepositoryPaths
{
    public static string? FindRoot(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AltSeason.Platform.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>A folder under the git-ignored <c>.data/</c> of the repository (or the temp folder outside one).</summary>
    public static string DataFolder(string name) =>
        Path.Combine(FindRoot() ?? Path.Combine(Path.GetTempPath(), "altseason"), ".data", name);
}
