using AltSeason.SignalServices.Events;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.SignalServices.Tests.Units;

/// <summary>The inputs hash pins exactly the input streams' states: order-free, but any version or hash changes it.</summary>
public sealed class InputsHashTests
{
    static InputReference[] References(int count, int seed) =>
        [.. Enumerable.Range(0, count).Select(i => new InputReference($"inputs/series-{i}", i + seed, $"{i * 31 + seed:x64}"))];

    [Fact]
    public void Same_references_in_any_order_give_the_same_hash() =>
        Prop.ForAll(Gen.Choose(1, 20).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (count, seed) =>
        {
            var refs = References(count, seed);
            return SignalStreams.InputsSha256(refs) == SignalStreams.InputsSha256(refs.Reverse());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Changing_any_version_or_hash_changes_the_hash() =>
        Prop.ForAll(Gen.Choose(1, 20).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (count, seed) =>
        {
            var refs = References(count, seed);
            var original = SignalStreams.InputsSha256(refs);
            var index = seed % count;
            var newerVersion = refs.Select((r, i) => i == index ? r with { Version = r.Version + 1 } : r);
            var otherHash = refs.Select((r, i) => i == index ? r with { Sha256 = new string('f', 64) } : r);
            return original != SignalStreams.InputsSha256(newerVersion) && original != SignalStreams.InputsSha256(otherHash);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Evaluation_streams_are_named_by_family_and_iso_date() =>
        Assert.Equal("onchain/2026-01-05", SignalStreams.Evaluation("onchain", new DateOnly(2026, 1, 5)));
}
