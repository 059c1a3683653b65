namespace AltSeason.LocalInfrastructure;

/// <summary>A local server could not be found, started or reached; the message says what to do.</summary>
public sealed class LocalInfrastructureException(string message, Exception? inner = null) : Exception(message, inner);
