namespace AltSeason.Dashboard.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding AltSeason.Platform.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AltSeason.Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AltSeason.Platform.sln above {AppContext.BaseDirectory}.");
    }
}
