namespace AltSeason.Cli.Ingest;

/// <summary>Turns the paths given to <c>ingest</c> into files: a folder stands for every file in it, sorted by path.</summary>
public static class InputFiles
{
    public static IReadOnlyList<FileInfo> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<FileInfo>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new FileInfo(f))
                    .ToList();
                if (inFolder.Count == 0)
                {
                    throw CliException.Usage($"The folder '{path}' has no files to ingest.");
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                files.Add(new FileInfo(path));
            }
            else
            {
                throw CliException.Usage($"'{path}' is neither a file nor a folder.");
            }
        }

        return files.Count > 0 ? files : throw CliException.Usage("Name at least one file or folder to ingest.");
    }
}
