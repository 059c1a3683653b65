namespace AltSeason.AppHost.Hosting;

/// <summary>
/// Every process's lines on one console, each prefixed with its resource name in a colour of its own. The last
/// <see cref="KeptLines"/> lines of each source are kept even when quiet, so a failure can show what a service last said.
/// </summary>
public sealed class ConsoleLog
{
    static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow, ConsoleColor.DarkGreen];

    public const int KeptLines = 300;
    readonly Dictionary<string, ConsoleColor> _colours = [];
    readonly Dictionary<string, Queue<string>> _recent = [];
    readonly Lock _gate = new();
    readonly bool _useColour = !Console.IsOutputRedirected;

    public bool Quiet { get; set; }

    public void Write(string source, string line)
    {
        lock (_gate)
        {
            if (!_recent.TryGetValue(source, out var recent)) _recent[source] = recent = new Queue<string>();
            if (recent.Count == KeptLines) recent.Dequeue();
            recent.Enqueue(line);
            if (Quiet && source != "apphost") return;
            if (!_colours.TryGetValue(source, out var colour))
                _colours[source] = colour = Palette[_colours.Count % Palette.Length];
            if (_useColour) Console.ForegroundColor = colour;
            Console.Write($"{source,-12}| ");
            if (_useColour) Console.ResetColor();
            Console.WriteLine(line);
        }
    }

    /// <summary>The last lines <paramref name="source"/> wrote (at most <see cref="KeptLines"/>), oldest first.</summary>
    public IReadOnlyList<string> Recent(string source)
    {
        lock (_gate) return _recent.TryGetValue(source, out var recent) ? [.. recent] : [];
    }
}
