using System.Globalization;

namespace AltSeason.Bench.IngestionImport;

/// <summary>
/// CPU seconds a server has used: its main process, the children it reaped and the ones still running (PostgreSQL
/// forks a backend per connection). On a shared, busy machine CPU time says what an import costs; wall time does not.
/// </summary>
static class ServerCpu
{
    static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The PostgreSQL postmaster whose command line names <paramref name="dataDirectory"/>.</summary>
    public static int? FindPostmaster(string dataDirectory) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : (int?)null)
            .OfType<int>()
            .FirstOrDefault(pid => Comm(pid) == "postgres" && CommandLine(pid) is { } line
                                   && line.Contains("-D" + "\0" + dataDirectory, StringComparison.Ordinal)) is var found && found != 0 ? found : null;

    public static double Seconds(int postmaster)
    {
        var total = Fields(postmaster) is { } main ? Ticks(main, 13) + Ticks(main, 14) + Ticks(main, 15) + Ticks(main, 16) : 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Fields(pid) is { } child && child[3] == postmaster.ToString(CultureInfo.InvariantCulture))
                total += Ticks(child, 13) + Ticks(child, 14);
        return total / TicksPerSecond;
    }

    static double Ticks(string[] fields, int index) => double.Parse(fields[index], CultureInfo.InvariantCulture);

    // Fields after the command name, which may hold spaces; index 0 is the pid, 3 the parent.
    static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            return [stat[..stat.IndexOf(' ', StringComparison.Ordinal)], "", .. stat[(close + 2)..].Split(' ')];
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    static string? Comm(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim(); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    static string? CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline"); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
