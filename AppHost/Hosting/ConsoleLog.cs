namespace AltSeason.AppHost.Hosting;

/// <summary>Every process's lines on one console, each prefixed with its resource name in a colour of its own.</summary>
public sealed class ConsoleLog
{
    static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow, ConsoleColor.DarkGreen];

    readonly Dictionary<string, ConsoleColor> _colours = [];
    readonly Lock _gate = new();
    readonly bool _useColour = !Console.IsOutputRedirected;

    public bool Quiet { get; set; }

    public void Write(string source, string line)
    {
        if (Quiet && source != "apphost") return;
        lock (_gate)
        {
            if (!_colours.TryGetValue(source, out var colour))
                _colours[source] = colour = Palette[_colours.Count % Palette.Length];
            if (_useColour) Console.ForegroundColor = colour;
            Console.Write($"{source,-12}| ");
            if (_useColour) Console.ResetColor();
            Console.WriteLine(line);
        }
    }
}
