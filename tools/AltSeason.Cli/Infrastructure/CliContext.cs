using Spectre.Console;

namespace AltSeason.Cli;

/// <summary>
/// Where the CLI writes and what environment it reads. Tests pass string writers and a dictionary;
/// the real process passes the console and the process environment.
/// </summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, bool interactive = false, int width = 160)
    {
        Output = output;
        Error = error;
        Environment = environment;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Captured output has no terminal to measure; a fixed width keeps tables unwrapped and tests stable.
            Console.Profile.Width = width;
        }
    }

    /// <summary>Plain text output: JSON goes here untouched by Spectre's layout.</summary>
    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Rich output (tables, charts, progress) over <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    public Func<string, string?> Environment { get; }

    public static CliContext ForProcess() =>
        new(System.Console.Out, System.Console.Error, System.Environment.GetEnvironmentVariable,
            interactive: !System.Console.IsOutputRedirected);
}
