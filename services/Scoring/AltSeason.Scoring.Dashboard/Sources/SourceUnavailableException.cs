namespace AltSeason.Scoring.Dashboard.Sources;

/// <summary>A service the dashboard reads from could not answer; the message names the service and its address.</summary>
internal sealed class SourceUnavailableException(string service, Uri? address, string reason, Exception? innerException = null)
    : Exception($"{service} ({address?.ToString() ?? "no address"}): {reason}", innerException)
{
    public string Service { get; } = service;
}
