namespace AltSeason.Cli;

/// <summary>A failure the CLI explains to the user in one message and turns into an exit code.</summary>
/// <param name="Endpoint">The address involved, when there is one, so scripts can report it.</param>
public sealed class CliException(int exitCode, string message, Uri? endpoint = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public int ExitCode { get; } = exitCode;

    public Uri? Endpoint { get; } = endpoint;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);
}
