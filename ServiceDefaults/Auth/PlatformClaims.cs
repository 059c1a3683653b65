namespace AltSeason.ServiceDefaults.Auth;

/// <summary>Claim names of platform tokens. Scopes come as one space-separated <c>scope</c> or as repeated <c>scp</c>.</summary>
public static class PlatformClaims
{
    public const string Scope = "scope";
    public const string Scp = "scp";
    public const string Subject = "sub";
}
