namespace AltSeason.ServiceDefaults.Auth;

public static class PlatformAuthDefaults
{
    /// <summary>The authentication scheme name; also the <c>WWW-Authenticate</c> challenge.</summary>
    public const string Scheme = "Bearer";
}
