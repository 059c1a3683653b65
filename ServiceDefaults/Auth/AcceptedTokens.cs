using System.Collections.Concurrent;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Tokens whose signature and claims were already checked, by their exact text, until the earlier of their expiry
/// and <see cref="MaxAge"/>. Checking an HS256 JWT costs tens of microseconds and kilobytes of garbage; a client
/// sends the same token on every call, so the check runs once per token instead. Refusals are never kept (a
/// refused token must not crowd out good ones), and the map is bounded: when full it starts over.
/// </summary>
public sealed class AcceptedTokens(TimeProvider clock, int capacity = AcceptedTokens.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    /// <summary>How long an accepted token is trusted without a new check: bounds the effect of a key rotation.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, out string? subject, out IReadOnlyList<string> scopes)
    {
        if (_entries.TryGetValue(token, out var entry) && clock.GetUtcNow() < entry.TrustedUntil)
        {
            (subject, scopes) = (entry.Subject, entry.Scopes);
            return true;
        }
        (subject, scopes) = (null, []);
        return false;
    }

    public void Remember(string token, string? subject, IReadOnlyList<string> scopes, DateTimeOffset expiresAt)
    {
        var until = clock.GetUtcNow() + MaxAge;
        if (expiresAt < until) until = expiresAt;
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[token] = new Entry(subject, scopes, until);
    }

    sealed record Entry(string? Subject, IReadOnlyList<string> Scopes, DateTimeOffset TrustedUntil);
}
