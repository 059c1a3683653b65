namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The scopes a platform token can grant; each is also the name of the authorization policy that needs it.</summary>
public static class PlatformScopes
{
    /// <summary>Read scores and signals: Scoring gRPC, GetSignals/ListSignals, <c>/api/scores</c>, the dashboard's API.</summary>
    public const string ScoreRead = "score:read";

    /// <summary>Import market data: Ingestion Import/Upload and <c>POST /api/imports</c>.</summary>
    public const string IngestWrite = "ingest:write";

    /// <summary>Every service's Audit API: History, AsOf, Replay, Verify.</summary>
    public const string AuditRead = "audit:read";

    /// <summary>Rebuilds and other operator actions.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [ScoreRead, IngestWrite, AuditRead, Admin];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
