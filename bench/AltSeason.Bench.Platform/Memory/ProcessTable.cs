using System.Globalization;

namespace AltSeason.Bench.Platform.Memory;

/// <summary>Linux /proc lookups: who listens on a port, a process's children, its memory counters.</summary>
static class ProcessTable
{
    /// <summary>The process holding the listening TCP socket on 127.0.0.1/0.0.0.0:<paramref name="port"/>, if any.</summary>
    public static int? ListenerOf(int port)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // local_address is HEXIP:HEXPORT; state 0A is LISTEN; inode is the tenth column.
                if (parts.Length > 9 && parts[3] == "0A" && int.Parse(parts[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                    inodes.Add($"socket:[{parts[9]}]");
            }
        }
        if (inodes.Count == 0) return null;
        foreach (var pid in AllPids())
        {
            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
                {
                    var target = new FileInfo(fd).LinkTarget;
                    if (target is not null && inodes.Contains(target)) return pid;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // gone, or not ours to read
        }
        return null;
    }

    /// <summary>The process and all its descendants.</summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var pid in AllPids())
        {
            if (ParentOf(pid) is not { } parent) continue;
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(pid);
        }
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
            if (children.TryGetValue(result[i], out var kids)) result.AddRange(kids);
        return result;
    }

    /// <summary>A field of /proc/&lt;pid&gt;/status or smaps_rollup in KiB (VmHWM, VmRSS, Pss), or null when gone.</summary>
    public static long? KiB(int pid, string file, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/{file}").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public static string[] CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces and parentheses; the parent pid follows its closing ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return null; }
    }

    static IEnumerable<int> AllPids()
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(folder), out var pid)) yield return pid;
    }
}
