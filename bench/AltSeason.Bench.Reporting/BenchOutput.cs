using System.Diagnostics;
using System.Text.Json;

namespace AltSeason.Bench.Reporting;

/// <summary>
/// Collects a program's figures, prints each as it comes (people watch the console), and on <see cref="WriteAsync"/>
/// saves them as JSON when the program was given <c>--json &lt;file&gt;</c>, for the runner to merge.
/// </summary>
public sealed class BenchOutput(string suite, string description, string? jsonPath, bool quick)
{
    readonly List<Figure> _figures = [];
    readonly List<string> _notes = [];
    readonly Stopwatch _clock = Stopwatch.StartNew();

    public bool Quick => quick;
    public IReadOnlyList<Figure> Figures => _figures;

    /// <summary>Reads <c>--json &lt;file&gt;</c> and <c>--quick</c> from the command line.</summary>
    public static BenchOutput FromArgs(string suite, string description, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var json = Array.IndexOf(args, "--json");
        if (json >= 0 && json + 1 >= args.Length)
            throw new ArgumentException("--json needs a file path after it.", nameof(args));
        return new BenchOutput(suite, description, json >= 0 ? args[json + 1] : null, args.Contains("--quick"));
    }

    /// <summary>The command-line arguments that are not <c>--json &lt;file&gt;</c> or <c>--quick</c>.</summary>
    public static string[] PositionalArgs(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--json") i++;
            else if (args[i] != "--quick") rest.Add(args[i]);
        }
        return [.. rest];
    }

    public Figure Add(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        _figures.Add(figure);
        Console.WriteLine("  " + FigureText.Line(figure));
        return figure;
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine("  note: " + note);
    }

    public async Task WriteAsync()
    {
        if (jsonPath is null) return;
        var result = new SuiteResult(suite, description, _figures, _notes) { Seconds = _clock.Elapsed.TotalSeconds, Quick = quick };
        var folder = Path.GetDirectoryName(Path.GetFullPath(jsonPath));
        if (folder is not null) Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(result, ReportJson.Options));
    }
}
