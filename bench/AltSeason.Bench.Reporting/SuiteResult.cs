namespace AltSeason.Bench.Reporting;

/// <summary>Everything one benchmark program measured, as it writes it with <c>--json</c>.</summary>
public sealed record SuiteResult(string Suite, string Description, IReadOnlyList<Figure> Figures, IReadOnlyList<string> Notes)
{
    public double Seconds { get; init; }
    public bool Quick { get; init; }
}
