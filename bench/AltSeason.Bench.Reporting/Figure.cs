namespace AltSeason.Bench.Reporting;

/// <summary>
/// One measured figure and, when it has one, the raw baseline measured in the same run.
/// <see cref="Ratio"/> is always value / baseline, so for a rate 0.8 means "80% of the baseline's rate" and for a
/// time 3.0 means "three times the baseline's time"; <see cref="Unit"/> says which.
/// </summary>
public sealed record Figure(string Name, double Value, string Unit)
{
    public string? Baseline { get; init; }
    public double? BaselineValue { get; init; }
    public string? Goal { get; init; }
    public bool? GoalMet { get; init; }
    public string? Note { get; init; }

    public double? Ratio => BaselineValue is { } b && b != 0 && double.IsFinite(Value) ? Value / b : null;

    public Figure Against(string baseline, double baselineValue) => this with { Baseline = baseline, BaselineValue = baselineValue };

    public Figure WithGoal(string goal, bool met) => this with { Goal = goal, GoalMet = met };
}
