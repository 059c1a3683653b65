namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// The <c>Auth</c> configuration section every service reads. Only the signing key is required
/// (<c>Auth__SigningKey</c>: base64 of at least 32 random bytes; the AppHost generates one per data folder).
/// </summary>
public sealed class PlatformAuthOptions
{
    public const string Section = "Auth";
    public const string DefaultIssuer = "altseason-platform";
    public const string DefaultAudience = "altseason";

    /// <summary>The shared HS256 key, base64. Never logged.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = DefaultIssuer;

    public string Audience { get; set; } = DefaultAudience;

    /// <summary>Tolerance for clocks of different machines when checking expiry and not-before.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A token this service sends on its own outgoing calls. When empty, the service mints short-lived tokens
    /// from <see cref="SigningKey"/> instead.
    /// </summary>
    public string? ServiceToken { get; set; }

    /// <summary>Lifetime of the tokens a service mints for its own calls.</summary>
    public TimeSpan ServiceTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
