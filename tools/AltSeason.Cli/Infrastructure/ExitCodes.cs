namespace AltSeason.Cli;

/// <summary>What the process exit code tells a script. Stable: scripts branch on these numbers.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The platform answered with an error the CLI cannot attribute to the user's input.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: unknown option, bad date, missing file.</summary>
    public const int Usage = 2;

    /// <summary>No endpoint configured, or the service at it did not answer.</summary>
    public const int Unreachable = 3;

    /// <summary>The platform has nothing for what was asked (e.g. a date never scored).</summary>
    public const int NotFound = 4;

    /// <summary>At least one ingested file was rejected.</summary>
    public const int Rejected = 5;

    /// <summary>An audit found a broken hash chain or a replay that does not match the record.</summary>
    public const int AuditMismatch = 6;

    /// <summary>The platform refused the token: missing, malformed, expired, or without the scope the call needs.</summary>
    public const int Unauthorized = 7;
}
