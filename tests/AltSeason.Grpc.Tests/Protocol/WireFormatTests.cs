using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Grpc.Tests.Protocol;

public sealed class WireFormatTests
{
    [Fact]
    public void Percent_encoding_round_trips_any_text_and_emits_only_printable_ascii()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var value = text ?? "";
            // Lone surrogates are not text UTF-8 can carry; skip them rather than test lossy input.
            if (value.Any(char.IsSurrogate) && !IsWellFormed(value))
            {
                return true;
            }

            var encoded = PercentEncoding.Encode(value);
            return encoded.All(c => c is >= ' ' and <= '~') && PercentEncoding.Decode(encoded) == value;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("100% done", "100%25 done")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("line\nbreak", "line%0Abreak")]
    [InlineData("plain text", "plain text")]
    public void Percent_encoding_matches_the_spec_examples(string text, string wire) =>
        Assert.Equal(wire, PercentEncoding.Encode(text));

    [Theory]
    [InlineData("50%", "50%")]
    [InlineData("%zz", "%zz")]
    [InlineData("%4", "%4")]
    public void Malformed_percent_sequences_are_kept_as_sent(string wire, string text) =>
        Assert.Equal(text, PercentEncoding.Decode(wire));

    [Fact]
    public void Timeout_formatting_never_shortens_the_deadline_and_always_parses()
    {
        Prop.ForAll(Gen.Choose(1, int.MaxValue).Select(ms => TimeSpan.FromTicks(ms * 997L)).ToArbitrary(), timeout =>
        {
            var text = GrpcTimeout.Format(timeout);
            return text.Length <= 9 && GrpcTimeout.TryParse(text, out var parsed) && parsed >= timeout;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("1H", 3600_000)]
    [InlineData("2M", 120_000)]
    [InlineData("3S", 3000)]
    [InlineData("250m", 250)]
    [InlineData("1500u", 1.5)]
    [InlineData("2000000n", 2)]
    public void Timeout_units_parse(string text, double milliseconds)
    {
        Assert.True(GrpcTimeout.TryParse(text, out var timeout));
        Assert.Equal(milliseconds, timeout.TotalMilliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("123456789S")]
    [InlineData("-5S")]
    [InlineData("5s")]
    public void Invalid_timeouts_are_rejected(string text) => Assert.False(GrpcTimeout.TryParse(text, out _));

    [Theory]
    [InlineData("X-User", "x-user")]
    [InlineData("trace.id", "trace.id")]
    public void Metadata_keys_are_lower_cased(string key, string stored) =>
        Assert.Equal(stored, MetadataEntry.Text(key, "v").Key);

    [Fact]
    public void Metadata_rejects_binary_values_under_text_keys_and_the_reverse()
    {
        Assert.Throws<ArgumentException>(() => MetadataEntry.Text("token-bin", "abc"));
        Assert.Throws<ArgumentException>(() => MetadataEntry.Binary("token", [1]));
        Assert.Throws<ArgumentException>(() => MetadataEntry.Text("bad key", "v"));
        Assert.Throws<ArgumentException>(() => MetadataEntry.Text("x-name", "naïve"));
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
