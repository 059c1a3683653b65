using AltSeason.ServiceDefaults.Auth;
using AltSeason.Testing;
using Microsoft.Extensions.Options;

namespace AltSeason.Security.Tests;

/// <summary>The memo of accepted tokens: it saves the signature check, never a refusal, never past expiry.</summary>
public sealed class AcceptedTokenTests
{
    readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 14, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_accepted_token_is_trusted_for_at_most_a_minute()
    {
        var memo = new AcceptedTokens(_clock);
        memo.Remember("token-a", "cli", ["score:read"], expiresAt: _clock.GetUtcNow().AddHours(1));

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(memo.TryGet("token-a", out var subject, out var scopes));
        Assert.Equal("cli", subject);
        Assert.Equal(["score:read"], scopes);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(memo.TryGet("token-a", out _, out _));
    }

    [Fact]
    public void A_token_is_never_trusted_past_its_expiry()
    {
        var memo = new AcceptedTokens(_clock);
        memo.Remember("token-b", "cli", ["score:read"], expiresAt: _clock.GetUtcNow().AddSeconds(10));

        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.False(memo.TryGet("token-b", out _, out _));
    }

    [Fact]
    public void Only_the_exact_token_text_matches()
    {
        var memo = new AcceptedTokens(_clock);
        memo.Remember("header.payload.signature", "cli", ["admin"], expiresAt: _clock.GetUtcNow().AddHours(1));

        Assert.False(memo.TryGet("header.payload.signaturE", out _, out _));
        Assert.False(memo.TryGet("header.payload.signature ", out _, out _));
    }

    [Fact]
    public void A_full_memo_starts_over_instead_of_growing()
    {
        var memo = new AcceptedTokens(_clock, capacity: 3);
        for (var i = 0; i < 4; i++) memo.Remember($"t{i}", "cli", [], _clock.GetUtcNow().AddHours(1));

        Assert.False(memo.TryGet("t0", out _, out _));
        Assert.True(memo.TryGet("t3", out _, out _));
    }

    [Fact]
    public async Task The_validator_answers_a_repeated_token_with_a_fresh_equal_principal_and_still_refuses_bad_ones()
    {
        var validator = new TokenValidator(Options.Create(new PlatformAuthOptions { SigningKey = TestTokens.SigningKey }));
        var token = TestTokens.For("score:read", "audit:read");

        var first = await validator.ValidateAsync(token);
        var second = await validator.ValidateAsync(token);

        Assert.True(first.IsValid && second.IsValid);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Equal(Scopes(first), Scopes(second));
        Assert.Equal(["audit:read", "score:read"], Scopes(second));

        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        Assert.False((await validator.ValidateAsync(tampered)).IsValid);
        Assert.False((await validator.ValidateAsync(tampered)).IsValid);
        var expired = PlatformTokens.Mint(TestTokens.SigningKey, "t", ["score:read"], TimeSpan.FromMinutes(1), now: DateTimeOffset.UtcNow.AddHours(-1));
        Assert.False((await validator.ValidateAsync(expired)).IsValid);
    }

    static string[] Scopes(TokenCheck check) =>
        [.. check.Principal!.FindAll(PlatformClaims.Scope).Select(c => c.Value).Order(StringComparer.Ordinal)];

    sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
