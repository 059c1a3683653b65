using AltSeason.Scoring.Model;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Scoring.Tests;

public class ScoreModelProperties
{
    static readonly ScoreModel V1 = ScoreModels.Get("v1");

    static readonly string[] Keys = V1.Components.SelectMany(c => c.Inputs).Select(i => i.Key).ToArray();

    // Each input absent or a value spread well past its mapping anchors, so clamping is exercised too.
    static readonly Arbitrary<double?[]> Inputs = Gen.Frequency(
            (1, Gen.Constant<double?>(null)),
            (4, Gen.Choose(-20000, 20000).Select(v => (double?)(v / 100.0))))
        .ArrayOf(Keys.Length)
        .ToArbitrary();

    static Dictionary<string, double?> Named(double?[] values) => Keys.Zip(values).ToDictionary(x => x.First, x => x.Second);

    [Fact]
    public void Score_is_within_0_and_100()
    {
        Prop.ForAll(Inputs, values => V1.Evaluate(Named(values)) is var r && (r.Score is null || (r.Score >= 0 && r.Score <= 100)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Score_is_monotone_in_each_input_in_its_mappings_direction()
    {
        var cases = Gen.Choose(0, Keys.Length - 1).SelectMany(k => Gen.Choose(0, 500).Select(step => (k, step / 100.0))).ToArbitrary();
        Prop.ForAll(Inputs, cases, (values, change) =>
        {
            var (k, step) = change;
            values[k] ??= 0;
            var definition = V1.Components.SelectMany(c => c.Inputs).Single(i => i.Key == Keys[k]);
            var before = V1.Evaluate(Named(values)).Score!.Value;
            values[k] += definition.Mapping.Increasing ? step : -step;
            return V1.Evaluate(Named(values)).Score!.Value >= before;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_mapping_is_monotone_and_within_0_and_100()
    {
        var pairs = Gen.Choose(-100000, 100000).Select(v => v / 1000.0).Two().ToArbitrary();
        Prop.ForAll(pairs, p =>
        {
            var (a, b) = p.Item1 <= p.Item2 ? (p.Item1, p.Item2) : (p.Item2, p.Item1);
            return V1.Components.SelectMany(c => c.Inputs).All(i =>
            {
                var (lo, hi) = (i.Mapping.Map(a), i.Mapping.Map(b));
                return lo is >= 0 and <= 100 && hi is >= 0 and <= 100 && (i.Mapping.Increasing ? lo <= hi : lo >= hi);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Same_inputs_same_version_same_result()
    {
        Prop.ForAll(Inputs, values =>
        {
            var a = ScoreModels.Get("v1").Evaluate(Named(values));
            var b = ScoreModels.Get("v1").Evaluate(Named(values));
            return a.Score == b.Score && a.Explanation == b.Explanation && a.Components.Select(c => c.Explanation).SequenceEqual(b.Components.Select(c => c.Explanation));
        }).QuickCheckThrowOnFailure();
    }
}
