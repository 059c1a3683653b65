using AltSeason.SampleData;

namespace AltSeason.Reliability.Tests.Support;

/// <summary>The small generated data set every run imports, in the same order, so runs can be compared event for event.</summary>
public static class SampleBackfill
{
    public static readonly SampleDataOptions Options = new(Seed: 11, Start: new DateOnly(2025, 6, 1), Days: 120, Coins: 8, Symbols: 3, Tokens: 2);

    static readonly Lazy<IReadOnlyList<SampleFile>> Generated = new(() => SampleDataGenerator.Generate(Options));

    public static IReadOnlyList<SampleFile> Files => Generated.Value;

    /// <summary>The last market date of the data: the date the load test asks scores for.</summary>
    public static DateOnly LastDay => Options.FirstDay.AddDays(Options.Days - 1);
}
