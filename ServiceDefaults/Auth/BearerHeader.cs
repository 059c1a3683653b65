namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The token of an <c>Authorization: Bearer &lt;token&gt;</c> header value.</summary>
internal static class BearerHeader
{
    const string Prefix = PlatformAuthDefaults.Scheme + " ";

    /// <summary>The token, trimmed; null when the value is not a bearer credential.</summary>
    public static string? Token(string header) =>
        header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : null;
}
