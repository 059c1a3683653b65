using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AltSeason.Equities.Signals;
using AltSeason.Equities.Signals.Evaluation;

namespace AltSeason.Equities.Tests.Golden;

/// <summary>
/// Pins every output of the equities evaluator, bit for bit: each evaluation is written out in full as JSON
/// (doubles in their shortest round-trip form, so any change of a single bit shows) and hashed per month.
/// A speed-up must leave this file unchanged. After an intended change of definitions, rewrite it with
/// <c>EQUITIES_GOLDEN_UPDATE=1 dotnet test --filter GoldenOutputTests</c> and review the diff.
/// </summary>
public class GoldenOutputTests
{
    static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Fact]
    public void Full_outputs_on_reference_and_generated_data_match_the_golden_file()
    {
        var path = GoldenPath();
        var actual = Describe();
        if (Environment.GetEnvironmentVariable("EQUITIES_GOLDEN_UPDATE") == "1")
        {
            File.WriteAllLines(path, actual);
            Assert.Fail($"Golden file rewritten at {path}; review its diff and run again without EQUITIES_GOLDEN_UPDATE.");
        }
        Assert.True(File.Exists(path), $"Golden file {path} is missing; create it with EQUITIES_GOLDEN_UPDATE=1.");
        var expected = File.ReadAllLines(path);
        var firstDifference = expected.Zip(actual).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
        Assert.True(firstDifference.p == default,
            $"line {firstDifference.i + 1}: expected '{firstDifference.p.First}', got '{firstDifference.p.Second}'");
        Assert.Equal(expected.Length, actual.Count);
    }

    /// <summary>One line per dataset and month (sessions, hash of their full JSON), then per-dataset counts
    /// showing which paths the data exercises.</summary>
    static List<string> Describe()
    {
        var lines = new List<string>();
        foreach (var (name, inputs, parameters) in GoldenDatasets.All())
        {
            var evaluations = EquitiesEvaluator.Evaluate(inputs, parameters, DateOnly.MinValue, DateOnly.MaxValue);
            foreach (var month in evaluations.GroupBy(e => e.AsOf.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
            {
                var text = new StringBuilder();
                foreach (var e in month) text.Append(JsonSerializer.Serialize(e, Json)).Append('\n');
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
                lines.Add($"{name} {month.Key} {month.Count()} {hash}");
            }
            lines.Add($"{name} exercised: {Exercised(evaluations)}");
        }
        return lines;
    }

    static string Exercised(IReadOnlyList<EquitiesEvaluation> e) => string.Join(", ",
        $"new highs {e.Count(x => x.AllTimeHigh.IsNewHigh)}",
        $"ytd {e.Count(x => x.YearToDate is not null)}",
        $"market cap added {e.Count(x => x.MarketCapAdded is not null)}",
        $"streak since {e.Count(x => x.Streak?.LongestSince is not null)}",
        $"rs breaks {e.Count(x => x.RelativeStrength?.BrokePriorHigh == true)}",
        $"breakouts confirmed {e.Count(x => x.Breakout.FirstConfirmation)}",
        $"patterns {e.Count(x => x.HeadAndShoulders.Pattern is not null)}",
        $"pattern breakouts {e.Count(x => x.HeadAndShoulders.BrokeOutToday)}",
        $"strongest lag {e.Count(x => x.Correlation?.StrongestLag is not null)}",
        $"granger {e.Count(x => x.Correlation?.Granger is not null)}");

    static string GoldenPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "equities-outputs.golden.txt");
}
