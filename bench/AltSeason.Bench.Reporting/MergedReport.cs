namespace AltSeason.Bench.Reporting;

/// <summary>The whole run: the machine, then every suite's figures (report.json).</summary>
public sealed record MergedReport(MachineDescription Machine, bool Quick, double TotalSeconds, IReadOnlyList<SuiteResult> Suites)
{
    public IReadOnlyList<string> Missing { get; init; } = [];
}
