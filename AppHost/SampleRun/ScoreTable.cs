using System.Globalization;
using AltSeason.Contracts.V1;

namespace AltSeason.AppHost.SampleRun;

static class ScoreTable
{
    public static void Print(ScoreEvaluation score)
    {
        var date = $"{score.AsOf.Year:D4}-{score.AsOf.Month:D2}-{score.AsOf.Day:D2}";
        Console.WriteLine();
        Console.WriteLine($"AltSeason score for {date} (model {score.ModelVersion}): {score.ScorePoints.ToString("0.0", CultureInfo.InvariantCulture)} / 100  —  {score.Regime}");
        Console.WriteLine();
        Console.WriteLine($"  {"component",-26} {"weight %",9} {"applied %",10} {"sub-score",10}");
        foreach (var c in score.Components)
        {
            var sub = c.Present ? c.SubScorePoints.ToString("0.0", CultureInfo.InvariantCulture) : "missing";
            Console.WriteLine($"  {c.Name,-26} {c.WeightPercent,9:0.0} {c.EffectiveWeightPercent,10:0.0} {sub,10}");
        }
        Console.WriteLine();
        Console.WriteLine(score.Explanation);
        Console.WriteLine();
    }
}
