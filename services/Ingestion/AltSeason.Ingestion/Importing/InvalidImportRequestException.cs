namespace AltSeason.Ingestion.Importing;

/// <summary>The request itself is malformed (not the file): INVALID_ARGUMENT over gRPC, 400 over HTTP.</summary>
public sealed class InvalidImportRequestException(string message) : Exception(message);
