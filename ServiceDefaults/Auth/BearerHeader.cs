using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The token of an <c>Authorization: Bearer &lt;token&gt;</c> header value.</summary>
internal static class BearerHeader
{
    const string Prefix = PlatformAuthDefaults.Scheme + " ";

    /// <summary>The token, trimmed; null when the value is not a bearer credential.</summary>
    public static string? Token(string header) =>
        header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : null;

    /// <summary>The principal of the request's bearer token when <paramref name="validator"/> accepted it moments ago.</summary>
    public static bool TryAccepted(HttpRequest request, TokenValidator validator, [NotNullWhen(true)] out ClaimsPrincipal? principal)
    {
        principal = null;
        return Token(request.Headers.Authorization.ToString()) is { } token && validator.TryAccepted(token, out principal);
    }
}
