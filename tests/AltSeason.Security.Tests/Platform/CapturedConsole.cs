using System.Text;

namespace AltSeason.Security.Tests.Platform;

/// <summary>
/// Everything written to <see cref="Console.Out"/> while installed: the AppHost writes every service process's lines
/// there, so this is the platform's log as an operator would see it. Restores the previous writer on dispose.
/// </summary>
public sealed class CapturedConsole : IDisposable
{
    readonly TextWriter _previous = Console.Out;
    readonly StringWriter _captured = new(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);

    public CapturedConsole() => Console.SetOut(TextWriter.Synchronized(_captured));

    public string Text
    {
        get
        {
            lock (_captured) return _captured.ToString();
        }
    }

    public void Dispose()
    {
        Console.SetOut(_previous); // idempotent: the fixture's DisposeAsync and Dispose both end the capture
    }
}
