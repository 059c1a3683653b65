namespace AltSeason.Testing;

/// <summary>
/// Finds <c>../shared/data/reference/</c> beside the repository. Tests that need the real market data call
/// <see cref="PathOf"/>; when the folder is missing they fail with a message saying where it was looked for,
/// never skip, so CI cannot go green without the real-data checks.
/// </summary>
public static class ReferenceData
{
    static readonly Lazy<string> Folder = new(Locate);

    public static string Directory => Folder.Value;

    public static string PathOf(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Reference file '{fileName}' is missing from {Directory}.", path);
        return path;
    }

    static string Locate()
    {
        var explicitPath = Environment.GetEnvironmentVariable("ALTSEASON_REFERENCE_DATA");
        if (!string.IsNullOrEmpty(explicitPath) && System.IO.Directory.Exists(explicitPath)) return explicitPath;

        var tried = new List<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "reference");
            tried.Add(Path.GetFullPath(candidate));
            if (System.IO.Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException(
            "The real market data in ../shared/data/reference/ (beside the repository) is required by this test " +
            "and was not found. Looked in: " + string.Join(", ", tried.Distinct()) +
            ". Set ALTSEASON_REFERENCE_DATA to its path if it lives elsewhere.");
    }
}
