using AltSeason.Equities.Signals.HeadAndShoulders;
using AltSeason.Equities.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Equities.Tests.Signals;

public class HeadAndShouldersTests
{
    static readonly InverseHeadAndShouldersParameters Tight = new(SmoothingSessions: 1, ExtremumHalfWidth: 2, LookbackSessions: 100);

    /// <summary>Straight price lines through (session, price) vertices.</summary>
    static double[] Path(params (int Session, double Price)[] vertices)
    {
        var prices = new List<double>();
        for (var v = 1; v < vertices.Length; v++)
        {
            var (s0, p0) = vertices[v - 1];
            var (s1, p1) = vertices[v];
            for (var s = s0; s < s1; s++) prices.Add(p0 + (p1 - p0) * (s - s0) / (s1 - s0));
        }
        prices.Add(vertices[^1].Price);
        return [.. prices];
    }

    static InverseHeadAndShouldersResult[] Run(double[] closes, InverseHeadAndShouldersParameters parameters)
    {
        var detector = new InverseHeadAndShouldersDetector(parameters);
        var dates = Series.WeekdayDates(Series.Start).Take(closes.Length).ToArray();
        return [.. closes.Select((c, i) => detector.Step(dates[i], c))];
    }

    [Fact]
    public void Finds_the_pattern_its_neckline_target_fit_and_the_breakout_session()
    {
        var closes = Path((0, 110), (10, 100), (20, 120), (30, 90), (40, 120), (50, 101), (65, 130));
        var r = Run(closes, Tight);

        Assert.Null(r[51].Pattern); // the right shoulder is known only h = 2 sessions after it
        var found = r[52];
        Assert.NotNull(found.Pattern);
        Assert.Equal([10, 20, 30, 40, 50], new[] { found.Pattern!.LeftShoulder, found.Pattern.LeftPeak, found.Pattern.Head, found.Pattern.RightPeak, found.Pattern.RightShoulder }.Select(e => e.Session));
        Assert.Equal(120, found.Neckline!.Value, 9); // flat neckline through both peaks
        Assert.Equal(150, found.Target!.Value, 9);   // 120 + (120 − 90)
        // Shoulders 100 and 101: deviation 0.5/100.5; timing 20/20. Fit = ((1 − dev/0.03) + 1) / 2.
        Assert.Equal(((1 - 0.5 / 100.5 / 0.03) + 1) / 2, found.FitQuality!.Value, 9);

        // Close = 101 + 29/15·(t − 50) first exceeds 120 at t = 60.
        Assert.Equal(60, Array.FindIndex(r, x => x.BrokeOutToday));
        Assert.False(r[59].Confirmed);
        Assert.True(r[60].Confirmed && r[64].Confirmed && !r[61].BrokeOutToday);
    }

    [Fact]
    public void Rejects_a_head_above_a_shoulder_and_shoulders_too_far_apart()
    {
        var headTooHigh = Path((0, 110), (10, 100), (20, 120), (30, 102), (40, 120), (50, 101), (65, 130));
        Assert.All(Run(headTooHigh, Tight), x => Assert.Null(x.Pattern));

        var lopsided = Path((0, 110), (10, 100), (20, 120), (30, 90), (40, 120), (50, 107), (65, 130));
        Assert.All(Run(lopsided, Tight), x => Assert.Null(x.Pattern));
        Assert.Contains(Run(lopsided, Tight with { ShoulderTolerance = 0.05 }), x => x.Pattern is not null);
    }

    [Fact]
    public void Detector_equals_the_from_scratch_definition_on_random_prices_with_ties()
    {
        // Few distinct prices make ties (equal peaks, flat windows) common; a short lookback makes the oldest
        // alternating run lose members, and sometimes its representative, while it is still part of a pattern.
        var cases = Gen.Choose(0, 100_000).SelectMany(seed => Gen.Choose(1, 4).SelectMany(h =>
            Gen.Choose(4 * h, 12 * h).Select(lookback => (seed, h, lookback))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var closes = Enumerable.Range(0, 250).Select(_ => 100.0 + random.Next(0, 9)).ToArray();
            var dates = Series.WeekdayDates(Series.Start).Take(closes.Length).ToArray();
            var parameters = new InverseHeadAndShouldersParameters(1, c.h, c.lookback, ShoulderTolerance: 0.05);
            var detector = new InverseHeadAndShouldersDetector(parameters);
            var fast = closes.Select((close, i) => detector.Step(dates[i], close)).ToArray();
            return fast.SequenceEqual(NaiveHeadAndShoulders.Run(dates, closes, parameters));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

        // The generator does produce patterns (the comparison above is not only between two "none"s).
        var random = new Random(7);
        var prices = Enumerable.Range(0, 250).Select(_ => 100.0 + random.Next(0, 9)).ToArray();
        var days = Series.WeekdayDates(Series.Start).Take(prices.Length).ToArray();
        Assert.Contains(NaiveHeadAndShoulders.Run(days, prices, new(1, 2, 16, 0.05)), r => r.Pattern is not null);
    }
}
